using System.Collections;
using System.IO.Compression;
using System.Xml;
using ExcelDataReader;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Spm.Core.Hosting;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;
using Spm.Core.Screening;
using Spm.Core.Workbooks;
using Spm.Infrastructure.Hosting;
using Spm.Infrastructure.Xlsx;
using static Spm.Core.Reporting.ReportTemplateLayout;

namespace Spm.Benchmarks;

/// <summary>
/// The four ways of reading the data rows of «Есеп» (A–H from row 8) and doing the same work on each row:
/// canonicalise the code, parse plan, fact and spent, touch the texts.
/// </summary>
internal sealed class Scenarios
{
    public static readonly string[] Names = [nameof(RawFloor), nameof(Spm), nameof(SpmReadScreen), nameof(SpmReadOnly), nameof(MiniExcel), nameof(ExcelDataReader)];

    private const int Columns = 8;
    private const int FileBuffer = 64 * 1024;

    // The production limits reject anything over 20 MiB or 200 MiB unpacked, 200,000 rows or 4,000,000 cells per
    // sheet; a 500k-row report breaks all four. Raised here (and only here) so the big inputs can be read at all.
    private static readonly WorkbookLimits BenchmarkLimits = new()
    {
        MaxFileBytes = 2L << 30,
        MaxEntryBytes = 4L << 30,
        MaxTotalUncompressedBytes = 4L << 30,
        MaxRowsPerSheet = 1_048_576,
        MaxCellsPerSheet = 100_000_000,
    };

    private readonly XlsxWorkbookReader _reader = new(BenchmarkLimits);
    private readonly ReportCheck _check;
    private readonly IWorkbookReader _composedReader;
    private readonly ClassifiedScreen _screen;

    public Scenarios()
    {
        // Singletons that hold no resources: the provider lives as long as the process.
        var services = Compose();
        _check = services.GetRequiredService<ReportCheck>();
        _composedReader = services.GetRequiredService<IWorkbookReader>();
        _screen = services.GetRequiredService<ClassifiedScreen>();
    }

    /// <summary>
    /// "Check a report" as <c>spm validate</c> composes it (<c>AddSpmCore</c> + <c>AddSpmInfrastructure</c>), with the
    /// raised limits as <c>Workbooks:*</c> settings and the clock in the inputs' reporting window.
    /// </summary>
    private static ServiceProvider Compose()
    {
        var settings = new Dictionary<string, string?>
        {
            [$"{WorkbookLimits.SectionName}:{nameof(WorkbookLimits.MaxFileBytes)}"] = Invariant(BenchmarkLimits.MaxFileBytes),
            [$"{WorkbookLimits.SectionName}:{nameof(WorkbookLimits.MaxEntryBytes)}"] = Invariant(BenchmarkLimits.MaxEntryBytes),
            [$"{WorkbookLimits.SectionName}:{nameof(WorkbookLimits.MaxTotalUncompressedBytes)}"] = Invariant(BenchmarkLimits.MaxTotalUncompressedBytes),
            [$"{WorkbookLimits.SectionName}:{nameof(WorkbookLimits.MaxRowsPerSheet)}"] = Invariant(BenchmarkLimits.MaxRowsPerSheet),
            [$"{WorkbookLimits.SectionName}:{nameof(WorkbookLimits.MaxCellsPerSheet)}"] = Invariant(BenchmarkLimits.MaxCellsPerSheet),

            // 1 July 2021: the 2021-H1 window is open and nothing is late.
            [$"{ClockOptions.SectionName}:{nameof(ClockOptions.Now)}"] = "2021-07-01T06:00:00Z",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(configuration).AddLogging();
        services.AddSpmCore(configuration).AddSpmInfrastructure(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        static string Invariant(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    static Scenarios()
    {
        // ExcelDataReader wants the legacy code pages for old formats; harmless for xlsx.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    public Tally Run(string scenario, string path) => scenario switch
    {
        nameof(RawFloor) => RawFloor(path),
        nameof(Spm) => Spm(path),
        nameof(SpmReadScreen) => SpmReadScreen(path),
        nameof(SpmReadOnly) => SpmReadOnly(path),
        nameof(MiniExcel) => MiniExcel(path),
        nameof(ExcelDataReader) => ExcelDataReader(path),
        _ => throw new ArgumentException($"Unknown scenario {scenario}; one of {string.Join(", ", Names)}.", nameof(scenario)),
    };

    private static FileStream Open(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBuffer);

    /// <summary>The floor: unzip and XmlReader over the sheet part, inline and shared strings resolved, nothing else.</summary>
    public static Tally RawFloor(string path)
    {
        using var zip = new ZipArchive(Open(path), ZipArchiveMode.Read);
        var sheetPart = RawXlsx.FindSheetPart(zip, ReportSheet);
        var shared = RawXlsx.ReadSharedStrings(zip);
        var names = new NameTable();
        string row = names.Add("row"), c = names.Add("c"), v = names.Add("v"), t = names.Add("t"), rPh = names.Add("rPh");
        using var xml = XmlReader.Create(zip.GetEntry(sheetPart)!.Open(), new XmlReaderSettings { NameTable = names, IgnoreWhitespace = false });
        var work = new RowWork();
        var text = new string?[Columns];
        var isNumber = new bool[Columns];
        int rowIndex = 0, column = 0;
        string? type = null;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement)
            {
                if (ReferenceEquals(xml.LocalName, row) && rowIndex >= FirstDataRow)
                {
                    work.Add(text, isNumber);
                }

                continue;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var name = xml.LocalName;
            if (ReferenceEquals(name, row))
            {
                rowIndex = RawXlsx.RowNumber(xml.GetAttribute("r"), rowIndex);
                column = 0;
                Array.Clear(text);
                Array.Clear(isNumber);
            }
            else if (ReferenceEquals(name, c))
            {
                column = RawXlsx.ColumnNumber(xml.GetAttribute("r"), column);
                type = xml.GetAttribute("t");
            }
            else if (ReferenceEquals(name, rPh))
            {
                xml.Skip();
            }
            else if ((ReferenceEquals(name, v) || ReferenceEquals(name, t)) && column <= Columns && RawXlsx.ReadText(xml) is { } value)
            {
                var slot = column - 1;
                if (ReferenceEquals(name, t))
                {
                    text[slot] = text[slot] is null ? value : text[slot] + value;
                }
                else
                {
                    isNumber[slot] = type is null or "n";
                    text[slot] = type == "s" ? shared[int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)] : value;
                }
            }
        }

        return work.Tally;
    }

    private IWorkbook OpenWorkbook(Stream stream)
    {
        var opening = _reader.Open(stream);
        return opening.IsOpen ? opening.Workbook : throw new InvalidOperationException(opening.Problem.ToString());
    }

    /// <summary>
    /// Ours, the whole check as <c>spm validate</c> runs it: open, screen every part for classified content, validate
    /// the identity, the heading and every row, in one pass over the report sheet.
    /// </summary>
    /// <remarks>
    /// Throws unless the check read the whole file: storable, nothing classified, and every data row accounted for
    /// (a value through the cell rules, or a row rule's finding), so a short-circuit cannot pass for a fast run.
    /// The tally carries the rows accounted for and the sums over the rows that went through the cell rules.
    /// </remarks>
    public Tally Spm(string path)
    {
        ValidationResult result;
        using (var stream = Open(path))
        {
            result = _check.CheckAsync(stream, ReportWorkbooks.Agency, CancellationToken.None).GetAwaiter().GetResult();
        }

        if (!result.Storable || result.ContainsClassified || result.Findings.Any(f => f.RuleId is ReportRules.ClassifiedContent or ReportRules.RowClassified))
        {
            throw new InvalidOperationException($"The check refused the file as not storable or classified: {FirstFinding(result)}");
        }

        if (result.Agency != ReportWorkbooks.Agency || result.Period != ReportWorkbooks.Period || result.Values.Count == 0)
        {
            throw new InvalidOperationException($"The check stopped before the rows: {FirstFinding(result)}");
        }

        var refused = result.Findings.Count(f => f.RuleId is ReportRules.RowNotOwed or ReportRules.RowDuplicate or ReportRules.RowUnknownCode or ReportRules.RowWithoutCode);
        var expected = ReportWorkbooks.RowsOf(path);
        if (result.Values.Count + refused != expected)
        {
            throw new InvalidOperationException($"The check accounted for {result.Values.Count} + {refused} rows of {expected}.");
        }

        var work = new RowWork();
        foreach (var value in result.Values)
        {
            work.Add(value.Code, null, null, value.Fact, value.Spent, value.StatusText, value.Comment);
        }

        return work.Tally with { Rows = result.Values.Count + refused };
    }

    private static string FirstFinding(ValidationResult result) => result.Findings.Count > 0 ? result.Findings[0].English : "(no finding)";

    /// <summary>
    /// Ours, reading with the whole screen and the same per-row work as the others, no validation: what the full
    /// check costs before its row rules. The composed reader and screen, as <see cref="Spm"/> uses them.
    /// </summary>
    public Tally SpmReadScreen(string path)
    {
        using var stream = Open(path);
        var opening = _composedReader.OpenAsync(stream, CancellationToken.None).GetAwaiter().GetResult();
        using var workbook = opening.IsOpen ? opening.Workbook : throw new InvalidOperationException(opening.Problem.ToString());
        var session = _screen.Begin();
        workbook.Screen(session, exceptSheet: ReportSheet);
        Tally tally;
        using (var rows = workbook.ReadRows(ReportSheet, session))
        {
            tally = Work(rows);
        }

        var verdict = session.Result();
        return verdict.Storable ? tally : throw new InvalidOperationException($"The screen refused the file: {verdict.DecidingRule}");
    }

    /// <summary>Ours, reading only, with the same per-row work as the others: separates reader cost from validation cost.</summary>
    public Tally SpmReadOnly(string path)
    {
        using var stream = Open(path);
        using var workbook = OpenWorkbook(stream);
        using var rows = workbook.ReadRows(ReportSheet);
        return Work(rows);
    }

    /// <summary>The per-row work every scenario does, over our reader's rows from the first data row on.</summary>
    private static Tally Work(IWorkbookCursor<WorkbookRow> rows)
    {
        var work = new RowWork();
        var text = new string?[Columns];
        var isNumber = new bool[Columns];
        while (rows.Read())
        {
            var row = rows.Current;
            if (row.Index < FirstDataRow)
            {
                continue;
            }

            Array.Clear(text);
            Array.Clear(isNumber);
            foreach (var cell in row.Cells)
            {
                if (cell.Column <= Columns)
                {
                    text[cell.Column - 1] = cell.Text;
                    isNumber[cell.Column - 1] = cell.Kind == CellKind.Number;
                }
            }

            work.Add(text, isNumber);
        }

        return rows.Problem is { } problem ? throw new InvalidOperationException(problem.ToString()) : work.Tally;
    }

    /// <summary>MiniExcel's streaming query without a header row: one dictionary per row keyed by column letter.</summary>
    public static Tally MiniExcel(string path)
    {
        using var stream = Open(path);
        var work = new RowWork();
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, sheetName: ReportSheet, startCell: "A8"))
        {
            work.Add(Get(row, "A"), Get(row, "B"), Get(row, "C"), Get(row, "D"), Get(row, "E"), Get(row, "F"), Get(row, "G"), Get(row, "H"));
        }

        return work.Tally;

        static object? Get(IDictionary<string, object?> row, string key) => row.TryGetValue(key, out var value) ? value : null;
    }

    /// <summary>ExcelDataReader's forward-only reader, moved to «Есеп», skipping the rows above the data.</summary>
    public static Tally ExcelDataReader(string path)
    {
        using var stream = Open(path);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        while (reader.Name != ReportSheet)
        {
            if (!reader.NextResult())
            {
                throw new InvalidOperationException("No report sheet.");
            }
        }

        var work = new RowWork();
        var values = new object?[Columns];
        var index = 0;
        while (reader.Read())
        {
            if (++index < FirstDataRow)
            {
                continue;
            }

            Array.Clear(values);
            for (var i = 0; i < Math.Min(reader.FieldCount, Columns); i++)
            {
                values[i] = reader.GetValue(i);
            }

            work.Add(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7]);
        }

        return work.Tally;
    }
}

/// <summary>The least code that finds and reads a sheet in an xlsx package.</summary>
internal static class RawXlsx
{
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static string FindSheetPart(ZipArchive zip, string sheetName)
    {
        string? id = null;
        using (var xml = XmlReader.Create(zip.GetEntry("xl/workbook.xml")!.Open()))
        {
            while (id is null && xml.ReadToFollowing("sheet"))
            {
                id = xml.GetAttribute("name") == sheetName ? xml.GetAttribute("id", RelationshipNamespace) : null;
            }
        }

        using (var xml = XmlReader.Create(zip.GetEntry("xl/_rels/workbook.xml.rels")!.Open()))
        {
            while (xml.ReadToFollowing("Relationship"))
            {
                if (xml.GetAttribute("Id") == id)
                {
                    var target = xml.GetAttribute("Target")!;
                    return target.StartsWith('/') ? target[1..] : "xl/" + target;
                }
            }
        }

        throw new InvalidOperationException($"No sheet {sheetName}.");
    }

    public static IReadOnlyList<string> ReadSharedStrings(ZipArchive zip)
    {
        var strings = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is not { } entry)
        {
            return strings;
        }

        using var xml = XmlReader.Create(entry.Open());
        string? current = null;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "si")
            {
                strings.Add(current ?? string.Empty);
                current = null;
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
            {
                xml.Skip();
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t" && ReadText(xml) is { } text)
            {
                current += text;
            }
        }

        return strings;
    }

    /// <summary>The text of a simple element; leaves the reader on its text node so the caller's loop sees the end tag.</summary>
    public static string? ReadText(XmlReader xml) =>
        !xml.IsEmptyElement && xml.Read() && xml.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace
            ? xml.Value
            : null;

    public static int RowNumber(string? r, int previous) =>
        int.TryParse(r, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : previous + 1;

    /// <summary>The 1-based column of a reference such as <c>E14</c>, or the next column when there is none.</summary>
    public static int ColumnNumber(string? reference, int previous)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return previous + 1;
        }

        var column = 0;
        foreach (var letter in reference)
        {
            if (letter is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (letter - 'A' + 1);
        }

        return column;
    }
}
