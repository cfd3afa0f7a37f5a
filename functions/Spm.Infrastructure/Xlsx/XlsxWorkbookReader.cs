using System.IO.Compression;
using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Xlsx;

/// <summary>
/// Opens uploaded xlsx files safely: sniffs magic bytes, then checks the zip container, then
/// reads the workbook's index parts; every rejection is a <see cref="WorkbookProblem"/>.
/// </summary>
internal sealed class XlsxWorkbookReader(WorkbookLimits limits) : IWorkbookReader
{
    private const int CopyBufferBytes = 81_920;

    public WorkbookLimits Limits { get; } = limits;

    /// <summary>
    /// Opens <paramref name="content"/>. Local files and memory streams are read in place; any other
    /// stream (a blob download) is first copied to memory, bounded by the file size limit, because
    /// a zip is read by seeking and a seek on a network stream is a round trip.
    /// </summary>
    public async Task<WorkbookOpening> OpenAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content is FileStream or MemoryStream && content.CanSeek)
        {
            return Open(content);
        }

        if (content.CanSeek && content.Length - content.Position > Limits.MaxFileBytes)
        {
            return WorkbookOpening.Rejected(WorkbookProblem.FileTooLarge(content.Length - content.Position, Limits.MaxFileBytes));
        }

        var copy = new MemoryStream();
        var buffer = new byte[CopyBufferBytes];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > Limits.MaxFileBytes)
            {
                await copy.DisposeAsync();
                return WorkbookOpening.Rejected(WorkbookProblem.FileTooLarge(null, Limits.MaxFileBytes));
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return Open(copy, ownsStream: true);
    }

    /// <summary>Opens a seekable stream in place; the caller keeps ownership of it.</summary>
    public WorkbookOpening Open(Stream seekable) => Open(seekable, ownsStream: false);

    private WorkbookOpening Open(Stream stream, bool ownsStream)
    {
        ZipArchive? zip = null;
        XlsxPackage? package = null;
        try
        {
            var problem = CheckFile(stream);
            if (problem is not null)
            {
                DisposeOwned(stream, ownsStream);
                return WorkbookOpening.Rejected(problem);
            }

            stream.Position = 0;
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            package = XlsxPackage.Open(zip, Limits);
            var workbook = XlsxWorkbook.Load(package, ownsStream ? stream : null);
            if (PackageShape.Check(package) is [var first, ..])
            {
                // Only the known shape of a report is read; the screen reports every departure (IWorkbookScreen).
                workbook.Dispose();
                return WorkbookOpening.Rejected(first);
            }

            if (ZipLayout.Unaccounted(stream) is [var region, ..])
            {
                // Bytes no part reader reads would be kept unread: the screen reads them (IWorkbookScreen).
                workbook.Dispose();
                return WorkbookOpening.Rejected(ZipLayout.Problem(region));
            }

            if (workbook.Sheets.Count == 0 || !workbook.HasAnyValue())
            {
                workbook.Dispose();
                return WorkbookOpening.Rejected(WorkbookProblem.Empty(workbook.Sheets.Count == 0 ? "No sheets." : "No cell holds a value."));
            }

            return WorkbookOpening.Opened(workbook);
        }
        catch (Exception exception) when (XlsxFailure.TryMap(exception, null, out var problem))
        {
            package?.Dispose();
            zip?.Dispose();
            DisposeOwned(stream, ownsStream);
            return WorkbookOpening.Rejected(problem);
        }
    }

    /// <summary>Checks size and magic bytes before any parser sees the file.</summary>
    private WorkbookProblem? CheckFile(Stream stream)
    {
        var length = stream.Length - stream.Position;
        if (length == 0)
        {
            return WorkbookProblem.EmptyFile();
        }

        if (length > Limits.MaxFileBytes)
        {
            return WorkbookProblem.FileTooLarge(length, Limits.MaxFileBytes);
        }

        var start = stream.Position;
        if (start != 0)
        {
            // The zip reader works on whole streams; keep it simple by insisting on a stream at its start.
            throw new ArgumentException("The stream must be positioned at its start.", nameof(stream));
        }

        var head = new byte[(int)Math.Min(FileSniffer.HeadLength, length)];
        stream.ReadExactly(head);
        switch (FileSniffer.Sniff(head, out var label))
        {
            case FileSignature.CompoundFile:
                return CompoundFile.Classify(stream);
            case FileSignature.Other:
                return WorkbookProblem.NotZip(label);
        }

        if (ZipDirectory.TryCountEntries(stream, out var entries) && entries > Limits.MaxEntries)
        {
            return WorkbookProblem.ZipBomb(FormattableString.Invariant($"{entries} entries; the limit is {Limits.MaxEntries}."));
        }

        return null;
    }

    private static void DisposeOwned(Stream stream, bool ownsStream)
    {
        if (ownsStream)
        {
            stream.Dispose();
        }
    }
}
