using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Infrastructure.Templates;

namespace Spm.Integration.Tests.Templates;

public class ReportTemplateWriterTests
{
    private static readonly LoadedCatalog Loaded = CatalogJson.LoadEmbedded();

    [Fact]
    public async Task WriteAsync_Mia_WritesTheHeaderBlock()
    {
        using var dir = new TempDirectory();
        var file = await WriteAsync(dir, ReportObligations.For(Loaded.Catalog, "mia", "2019-H1"));

        var xlsx = XlsxParts.Open(file);

        Assert.Equal([ReportTemplateLayout.ReportSheet, ReportTemplateLayout.IdentitySheet], xlsx.SheetNames);
        var cells = xlsx.Cells(ReportTemplateLayout.ReportSheet);
        Assert.Equal(Loaded.Catalog.Program.TitleKk, cells["B1"]);
        Assert.StartsWith("mia — Қазақстан Республикасының Ішкі істер министрлігі", cells["B2"], StringComparison.Ordinal);
        Assert.Equal("2019-H1", cells["B3"]);
        Assert.Equal("2019-07-10", cells["B4"]);
        Assert.Equal("Жоспар 2019\nПлан 2019", cells["D7"]);
        Assert.Equal("Түсініктеме\nКомментарий", cells["H7"]);
    }

    [Fact]
    public async Task WriteAsync_Mia_WritesOneRowPerObligationWithItsPlan()
    {
        using var dir = new TempDirectory();
        var obligations = ReportObligations.For(Loaded.Catalog, "mia", "2019-H1");
        var file = await WriteAsync(dir, obligations);

        var cells = XlsxParts.Open(file).Cells(ReportTemplateLayout.ReportSheet);

        var codes = Enumerable.Range(ReportTemplateLayout.FirstDataRow, obligations.Rows.Count).Select(r => cells[$"A{r}"]);
        Assert.Equal(obligations.Rows.Select(r => r.Code), codes);
        Assert.Equal("RI-1.2", cells["A8"]);
        Assert.False(cells.ContainsKey($"A{ReportTemplateLayout.FirstDataRow + obligations.Rows.Count}"));
    }

    [Fact]
    public async Task WriteAsync_Region_WritesItsOwnPlanOfARegionalMeasure()
    {
        using var dir = new TempDirectory();
        var obligations = ReportObligations.For(Loaded.Catalog, "akmola", "2020-H1");
        var file = await WriteAsync(dir, obligations);

        var cells = XlsxParts.Open(file).Cells(ReportTemplateLayout.ReportSheet);

        var row = ReportTemplateLayout.FirstDataRow + obligations.Rows.ToList().FindIndex(r => r.Code == "M-14");
        Assert.Equal("2", cells[$"D{row}"]);
    }

    [Fact]
    public async Task WriteAsync_IdentitySheet_IsVeryHiddenAndIdentifiesTheTemplate()
    {
        using var dir = new TempDirectory();
        var obligations = ReportObligations.For(Loaded.Catalog, "mia", "2019-H1");
        var file = await WriteAsync(dir, obligations);

        var xlsx = XlsxParts.Open(file);

        Assert.Equal("veryHidden", xlsx.State(ReportTemplateLayout.IdentitySheet));
        var cells = xlsx.Cells(ReportTemplateLayout.IdentitySheet);
        var identity = Enumerable.Range(1, cells.Count / 2).ToDictionary(r => cells[$"A{r}"], r => cells[$"B{r}"], StringComparer.Ordinal);
        Assert.Equal("1", identity["templateFormat"]);
        Assert.Equal("kz-cre-2018-2022", identity["catalogCode"]);
        Assert.Equal(Loaded.Catalog.Version, identity["catalogVersion"]);
        Assert.Equal(Loaded.Sha256, identity["catalogSha256"]);
        Assert.Equal("mia", identity["agency"]);
        Assert.Equal("2019-H1", identity["period"]);
        Assert.Equal("8", identity["row:RI-1.2"]);
        Assert.Equal(obligations.Rows.Count, identity.Keys.Count(k => k.StartsWith("row:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WriteAsync_InputColumns_CarryDataValidations()
    {
        using var dir = new TempDirectory();
        var obligations = ReportObligations.For(Loaded.Catalog, "mia", "2019-H1");
        var file = await WriteAsync(dir, obligations);

        var validations = XlsxParts.Open(file).SheetXml(ReportTemplateLayout.ReportSheet)
            .Descendants(XlsxParts.Name("dataValidation"))
            .ToDictionary(v => (string)v.Attribute("sqref")!, v => v, StringComparer.Ordinal);

        var last = ReportTemplateLayout.FirstDataRow + obligations.Rows.Count - 1;
        Assert.Equal("decimal", (string?)validations[$"E8:E{last}"].Attribute("type"));
        Assert.Equal("list", (string?)validations[$"G8:G{last}"].Attribute("type"));
        Assert.Contains("Орындалмады / Не исполнено", validations[$"G8:G{last}"].Value, StringComparison.Ordinal);
        var moneyRows = obligations.Rows.Select((r, i) => (r, i)).Where(x => x.r.HasMoney).Select(x => $"F{ReportTemplateLayout.FirstDataRow + x.i}").ToList();
        Assert.NotEmpty(moneyRows);
        Assert.All(moneyRows, cell => Assert.Equal("decimal", (string?)validations[cell].Attribute("type")));
        Assert.Equal(moneyRows.Count, validations.Keys.Count(k => k.StartsWith('F')));
    }

    [Fact]
    public async Task WriteAsync_HeadingRow_IsFrozen()
    {
        using var dir = new TempDirectory();
        var file = await WriteAsync(dir, ReportObligations.For(Loaded.Catalog, "nsc", "2019-FY"));

        var pane = XlsxParts.Open(file).SheetXml(ReportTemplateLayout.ReportSheet).Descendants(XlsxParts.Name("pane")).Single();

        Assert.Equal("frozen", (string?)pane.Attribute("state"));
        Assert.Equal("7", (string?)pane.Attribute("ySplit"));
        Assert.Equal("A8", (string?)pane.Attribute("topLeftCell"));
    }

    [Fact]
    public async Task WriteAsync_TextThatLooksLikeAFormula_IsStoredAsAString()
    {
        using var dir = new TempDirectory();
        const string Evil = "=HYPERLINK(\"http://example.invalid\",\"click\")";
        var real = ReportObligations.For(Loaded.Catalog, "mia", "2019-H1");
        var obligations = real with { Rows = [real.Rows[0] with { NameKk = Evil, Unit = "+1" }] };
        var file = await WriteAsync(dir, obligations);

        var xlsx = XlsxParts.Open(file);

        var sheet = xlsx.SheetXml(ReportTemplateLayout.ReportSheet);
        Assert.Empty(sheet.Descendants(XlsxParts.Name("f")));
        Assert.Equal(Evil, xlsx.Cells(ReportTemplateLayout.ReportSheet)["B8"]);
        Assert.Equal("+1", xlsx.Cells(ReportTemplateLayout.ReportSheet)["C8"]);
    }

    [Fact]
    public async Task WriteAsync_FailedObligations_Throws()
    {
        using var stream = new MemoryStream();
        var failed = ReportObligations.For(Loaded.Catalog, "nope", "2019-H1");

        await Assert.ThrowsAsync<ArgumentException>(() => ReportTemplateWriter.WriteAsync(stream, Loaded, failed, TestContext.Current.CancellationToken));
    }

    private static async Task<string> WriteAsync(TempDirectory dir, ObligationsResult obligations)
    {
        var file = Path.Combine(dir.Path, "template.xlsx");
        await using (var stream = File.Create(file))
        {
            await ReportTemplateWriter.WriteAsync(stream, Loaded, obligations, TestContext.Current.CancellationToken);
        }

        return file;
    }
}
