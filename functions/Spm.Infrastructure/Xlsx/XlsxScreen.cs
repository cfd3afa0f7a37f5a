using System.IO.Compression;
using Spm.Core.Screening;
using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Xlsx;

/// <summary>
/// Screens a whole upload for classified content, leniently: every part of the package is read that can be read,
/// whatever else is wrong with the file; a file that is not a readable workbook at all (a CSV, a legacy .xls, a
/// damaged zip) is still searched for text. One verdict for the whole file.
/// </summary>
internal sealed class XlsxScreen(WorkbookLimits limits, ClassifiedScreen screen) : IWorkbookScreen
{
    private const int CopyBufferBytes = 81_920;

    public async Task<ScreeningResult> ScreenAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var session = screen.Begin();
        var (bytes, tooLarge) = await ReadBoundedAsync(content, cancellationToken);
        if (tooLarge)
        {
            session.Problem(WorkbookProblem.FileTooLarge(content.CanSeek ? content.Length : null, limits.MaxFileBytes));
            return session.Result();
        }

        if (bytes.Length == 0)
        {
            session.Problem(WorkbookProblem.EmptyFile());
            return session.Result();
        }

        Screen(bytes, session, cancellationToken);
        return session.Result();
    }

    /// <summary>Screens bytes already in memory (the reader's path and the tests).</summary>
    public void Screen(byte[] bytes, IScreeningSink sink, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        switch (FileSniffer.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, FileSniffer.HeadLength)), out var label))
        {
            case FileSignature.CompoundFile:
                sink.Problem(CompoundFile.Classify(stream));
                Runs(bytes, sink);
                return;
            case FileSignature.Other:
                sink.Problem(WorkbookProblem.NotZip(label));
                if (label is "CSV/text" or "XML/HTML")
                {
                    Lines(BinaryText.Decode(bytes), sink);
                }
                else
                {
                    Runs(bytes, sink);
                }

                return;
        }

        if (ZipDirectory.TryCountEntries(stream, out var entries) && entries > limits.MaxEntries)
        {
            sink.Problem(WorkbookProblem.ZipBomb(FormattableString.Invariant($"{entries} entries; the limit is {limits.MaxEntries}.")));
            return;
        }

        stream.Position = 0;
        ZipArchive zip;
        XlsxPackage package;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception exception) when (XlsxFailure.TryMap(exception, null, out var problem))
        {
            sink.Problem(problem);
            Runs(bytes, sink);
            return;
        }

        try
        {
            package = XlsxPackage.Open(zip, limits);
        }
        catch (Exception exception) when (XlsxFailure.TryMap(exception, null, out var problem))
        {
            // Sizes, ratios or encryption make the package unsafe to unpack: nothing more is read.
            zip.Dispose();
            sink.Problem(problem);
            return;
        }

        using (package)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var problem in TryShape(package))
            {
                sink.Problem(problem);
            }

            foreach (var region in ZipLayout.Unaccounted(stream))
            {
                sink.Problem(ZipLayout.Problem(region));
                Runs(bytes.AsMemory((int)region.Offset, region.Length), sink, region.What);
            }

            XlsxWorkbook? workbook = null;
            string? failedPart = null;
            try
            {
                workbook = XlsxWorkbook.Load(package, ownedStream: null);
            }
            catch (Exception exception) when (XlsxFailure.TryMap(exception, null, out var problem))
            {
                // Without the workbook's index every part is still read, as plain XML; the one that failed is not read twice.
                sink.Problem(problem);
                failedPart = problem.Part;
            }

            new XlsxScanner(package, workbook, sink).Scan(exceptSheet: null, skipPart: failedPart);
        }
    }

    private static List<WorkbookProblem> TryShape(XlsxPackage package)
    {
        try
        {
            return PackageShape.Check(package);
        }
        catch (Exception exception) when (XlsxFailure.TryMap(exception, null, out var problem))
        {
            return [problem];
        }
    }

    private static void Runs(ReadOnlyMemory<byte> bytes, IScreeningSink sink, string where = "")
    {
        foreach (var run in BinaryText.Runs(bytes))
        {
            sink.Text(new WorkbookText(WorkbookTextOrigin.Other, where, null, null, run));
        }
    }

    private static void Lines(string text, IScreeningSink sink)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0)
            {
                sink.Text(new WorkbookText(WorkbookTextOrigin.Other, "", null, null, line));
            }
        }
    }

    private async Task<(byte[] Bytes, bool TooLarge)> ReadBoundedAsync(Stream content, CancellationToken cancellationToken)
    {
        if (content.CanSeek && content.Length - content.Position > limits.MaxFileBytes)
        {
            return ([], true);
        }

        using var copy = new MemoryStream();
        var buffer = new byte[CopyBufferBytes];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > limits.MaxFileBytes)
            {
                return ([], true);
            }

            copy.Write(buffer, 0, read);
        }

        return (copy.ToArray(), false);
    }
}
