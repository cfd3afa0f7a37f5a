using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using Microsoft.Extensions.Time.Testing;
using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;
using Spm.Infrastructure;
using Spm.Infrastructure.Templates;
using Spm.Integration.Tests.Support;
using Spm.Integration.Tests.Templates;
using static Spm.Core.Reporting.ReportTemplateLayout;

namespace Spm.Integration.Tests.Reporting;

/// <summary>Real files end to end: our template writer → xlsx → the streaming reader → the validator.</summary>
public sealed class ReportRoundTripTests : IDisposable
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly LoadedCatalog Catalog = CatalogJson.LoadEmbedded();
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every owed row at plan, executed: what a diligent agency would upload.</summary>
    private static ValidationResult AtPlan(ObligationsResult obligations) => new(
        obligations.Agency!.Code,
        obligations.Period!.Code,
        [],
        [.. obligations.Rows.Select((r, i) => new ReportedValue(r.Code, FirstDataRow + i, r.PlanForYear ?? 1, r.HasMoney ? r.PlanForYear ?? 0 : null, ExecutionStatus.Executed, "")
        {
            StatusText = Executed,
        })],
        ContainsClassified: false);

    private static async Task<ValidationResult> ValidateFileAsync(string path, string agency, DateTimeOffset now)
    {
        return await Checks.FileAsync(path, agency, new FakeTimeProvider(now), Ct);
    }

    /// <summary>Writes the template (or, with <paramref name="feedback"/>, the filled and marked report) to a file.</summary>
    private static async Task WriteReportAsync(string path, ObligationsResult obligations, ValidationResult? feedback)
    {
        await using var output = File.Create(path);
        await ReportTemplateWriter.WriteAsync(output, Catalog, obligations, feedback, Ct);
    }

    private static DateTimeOffset DayBeforeDue(ReportingPeriod period) =>
        new(period.Due.AddDays(-1).ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero);

    [Fact]
    public async Task GenerateFillValidate_EveryAgencyAndPeriod_IsAcceptedWithTheValuesWritten()
    {
        var checkedFiles = 0;
        foreach (var period in Catalog.Catalog.Periods)
        {
            foreach (var agency in ReportObligations.AgenciesOwing(Catalog.Catalog, period.Code))
            {
                var obligations = ReportObligations.For(Catalog.Catalog, agency, period.Code);
                var path = Path.Combine(temp.Path, $"{agency}-{period.Code}.xlsx");
                await WriteReportAsync(path, obligations, AtPlan(obligations));

                var result = await ValidateFileAsync(path, agency, DayBeforeDue(period));

                Assert.True(result.Accepted, $"{agency} {period.Code}: {string.Join("; ", result.Findings.Select(f => f.English))}");
                Assert.Empty(result.Findings);
                Assert.Equal(obligations.Rows.Select(r => r.Code), result.Values.Select(v => v.Code));
                Assert.Equal(obligations.Rows.Select(r => r.PlanForYear ?? 1), result.Values.Select(v => v.Fact!.Value));
                checkedFiles++;
            }
        }

        Assert.True(checkedFiles > 300, checkedFiles.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("openpyxl-filled-akmola-2019-H1.xlsx")]
    [InlineData("libreoffice-filled-akmola-2019-H1.xlsx")]
    public async Task Validate_TemplateFilledWithOtherTools_IsAccepted(string fixture)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture);

        var result = await ValidateFileAsync(path, "akmola", new DateTimeOffset(2019, 7, 5, 6, 0, 0, TimeSpan.Zero));

        Assert.True(result.Accepted, string.Join("; ", result.Findings.Select(f => f.English)));
        var obligations = ReportObligations.For(Catalog.Catalog, "akmola", "2019-H1");
        Assert.Equal(obligations.Rows.Select(r => r.Code), result.Values.Select(v => v.Code));
        // Typed as text "10 000" with a no-break space in the fixture; read as ten thousand.
        Assert.Equal(10_000m, result.Values.Single(v => v.Code == "M-66").Fact);
        Assert.Equal(64.7m, result.Values.Single(v => v.Code == "M-63").Fact);
    }

    [Theory]
    [InlineData("comment")]
    [InlineData("hidden-sheet")]
    [InlineData("property")]
    [InlineData("header")]
    public async Task Validate_ClassifiedReferenceHiddenInTheFile_IsRefused(string place)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", $"classified-{place}.xlsx");

        var result = await ValidateFileAsync(path, "akmola", new DateTimeOffset(2019, 7, 5, 6, 0, 0, TimeSpan.Zero));

        Assert.True(result.ContainsClassified);
        Assert.False(result.Accepted);
        Assert.All(result.Findings, f => Assert.Equal(ReportRules.ClassifiedContent, f.RuleId));
        Assert.Empty(result.Values);
    }

    [Fact]
    public async Task Feedback_EmptyTemplate_MarksEveryMissingCellAndListsFindings()
    {
        var obligations = ReportObligations.For(Catalog.Catalog, "nsc", "2019-FY");
        var template = Path.Combine(temp.Path, "empty.xlsx");
        await WriteReportAsync(template, obligations, feedback: null);

        var result = await ValidateFileAsync(template, "nsc", DayBeforeDue(obligations.Period!));
        var feedback = Path.Combine(temp.Path, "feedback.xlsx");
        await WriteReportAsync(feedback, obligations, result);

        Assert.False(result.Accepted);
        var parts = XlsxParts.Open(feedback);
        Assert.Contains(ReportTemplateWriter.FindingsSheet, parts.SheetNames);
        var listed = parts.Cells(ReportTemplateWriter.FindingsSheet);
        Assert.Equal(result.Findings.Count, listed.Keys.Count(k => k.StartsWith('F') && k != "F1"));
        Assert.All(result.Findings, f => Assert.Equal("FF9999", FillOf(feedback, ReportSheet, f.Cell!)));
        Assert.Equal("EDEDED", FillOf(feedback, ReportSheet, "A8")[^6..]);
        var notes = NotedCells(feedback);
        Assert.All(result.Findings, f => Assert.Contains(f.Cell!, notes));
    }

    [Fact]
    public async Task Feedback_RevalidatedAfterFixing_IsAccepted()
    {
        var obligations = ReportObligations.For(Catalog.Catalog, "mia", "2020-H1");
        var broken = AtPlan(obligations) with
        {
            Values = [.. AtPlan(obligations).Values.Select((v, i) => i == 0 ? v with { Fact = null } : v with { FactText = "" })],
        };
        var path = Path.Combine(temp.Path, "broken.xlsx");
        await WriteReportAsync(path, obligations, broken);

        var first = await ValidateFileAsync(path, "mia", DayBeforeDue(obligations.Period!));
        await WriteReportAsync(path, obligations, first with { Values = AtPlan(obligations).Values, Findings = [] });

        var second = await ValidateFileAsync(path, "mia", DayBeforeDue(obligations.Period!));

        Assert.Equal(ReportRules.CellRequired, Assert.Single(first.Findings).RuleId);
        Assert.True(second.Accepted);
    }

    [Fact]
    public async Task Template_ReportSheet_IsProtectedWithOnlyInputCellsUnlocked()
    {
        var obligations = ReportObligations.For(Catalog.Catalog, "akmola", "2019-H1");
        var path = Path.Combine(temp.Path, "template.xlsx");
        await WriteReportAsync(path, obligations, feedback: null);

        var money = FirstDataRow + obligations.Rows.ToList().FindIndex(r => r.HasMoney);
        var plain = FirstDataRow + obligations.Rows.ToList().FindIndex(r => !r.HasMoney);

        var sheet = XlsxParts.Open(path).SheetXml(ReportSheet);
        var protection = Assert.Single(sheet.Descendants(Main + "sheetProtection"));
        Assert.Equal("1", (string?)protection.Attribute("sheet"));
        Assert.Equal("sheetData", ((XElement)protection.PreviousNode!).Name.LocalName);
        foreach (var column in new[] { "A", "B", "C", "D" })
        {
            Assert.True(IsLocked(path, ReportSheet, $"{column}{plain}"), column);
        }

        foreach (var column in new[] { "E", "G", "H" })
        {
            Assert.False(IsLocked(path, ReportSheet, $"{column}{plain}"), column);
        }

        Assert.True(IsLocked(path, ReportSheet, $"F{plain}"));
        Assert.False(IsLocked(path, ReportSheet, $"F{money}"));
        Assert.True(IsLocked(path, ReportSheet, "B1"));
    }

    /// <summary>The fill colour (RRGGBB) of a cell, through its style index in styles.xml.</summary>
    private static string FillOf(string path, string sheet, string cell)
    {
        var (xf, styles) = FormatOf(path, sheet, cell);
        var fill = styles.Root!.Element(Main + "fills")!.Elements(Main + "fill").ElementAt((int?)xf.Attribute("fillId") ?? 0);
        var rgb = (string?)fill.Descendants(Main + "fgColor").FirstOrDefault()?.Attribute("rgb") ?? "";
        return rgb.Length >= 6 ? rgb[^6..] : rgb;
    }

    /// <summary>Whether a cell is locked when its sheet is protected (locked unless its format says otherwise).</summary>
    private static bool IsLocked(string path, string sheet, string cell)
    {
        var (xf, _) = FormatOf(path, sheet, cell);
        return (string?)xf.Element(Main + "protection")?.Attribute("locked") is not ("0" or "false");
    }

    private static (XElement Xf, XDocument Styles) FormatOf(string path, string sheet, string cell)
    {
        using var zip = ZipFile.OpenRead(path);
        var sheetXml = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        Assert.Equal(ReportSheet, sheet);

        // SpreadCheetah writes cells without an "r" attribute: a cell's column is its position in the row.
        var rowNumber = new string([.. cell.SkipWhile(char.IsLetter)]);
        var column = cell.TakeWhile(char.IsLetter).Aggregate(0, (n, ch) => (n * 26) + (ch - 'A' + 1));
        var row = sheetXml.Descendants(Main + "row").Single(e => (string?)e.Attribute("r") == rowNumber);
        var c = row.Elements(Main + "c").ElementAt(column - 1);
        var styles = XDocument.Load(zip.GetEntry("xl/styles.xml")!.Open());
        var xf = styles.Root!.Element(Main + "cellXfs")!.Elements(Main + "xf").ElementAt((int?)c.Attribute("s") ?? 0);
        return (xf, styles);
    }

    private static HashSet<string> NotedCells(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return [.. zip.Entries
            .Where(e => e.FullName.StartsWith("xl/comments", StringComparison.Ordinal))
            .SelectMany(e => XDocument.Load(e.Open()).Descendants(Main + "comment").Select(c => (string)c.Attribute("ref")!))];
    }
}
