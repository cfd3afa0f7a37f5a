using Spm.Core.Workbooks;
using static Spm.Infrastructure.Tests.Xlsx.Workbooks;

namespace Spm.Infrastructure.Tests.Xlsx;

/// <summary>Reads workbooks written by openpyxl and re-saved by LibreOffice (see Fixtures/README.md).</summary>
public class OtherWritersFixtureTests
{
    private static readonly string[] CodeCells = ["A2", "A3", "A4"];
    private static readonly string[] NumberCells = ["C2", "D2", "C3", "D3", "C4", "D4", "D7", "D8", "C8"];

    public static TheoryData<string> Files() => ["openpyxl-report.xlsx", "libreoffice-report.xlsx"];

    [Theory]
    [MemberData(nameof(Files))]
    public void ReadRows_Fixture_ReadsCodesNumbersAndDatesByExplicitRules(string file)
    {
        using var workbook = OpenOk(File.ReadAllBytes(HostileFiles.Fixture(file)));

        var rows = Rows(workbook, "Есеп");

        Assert.Equal([1, 2, 3, 4, 6, 7, 8], rows.Select(r => r.Index));
        Assert.Equal(["TI-1", "RI-1.2", "RI-2"], CodeCells.Select(r => CodeText.Canonicalize(Cell(rows, r).Text)));
        Assert.Equal(
            [12.5m, 12.5m, 1234.5m, 1234.5m, 76291.3m, 5m, 1234.5m, -12.5m, 0.125m],
            NumberCells.Select(r => Number(Cell(rows, r))));
        Assert.Equal(CellFormat.Date, Cell(rows, "E2").Format);
        Assert.True(Cell(rows, "E2").TryGetDate(workbook.Uses1904DateSystem, out var date));
        Assert.Equal(new DateOnly(2018, 7, 10), date);
        Assert.Equal(CellFormat.Percent, Cell(rows, "C8").Format);
        Assert.True(Cell(rows, "A6").IsRowHidden);
        Assert.True(Cell(rows, "F2").IsColumnHidden);
        Assert.False(Cell(rows, "A2").IsHidden);
        Assert.Equal("C2*2", Cell(rows, "C7").Formula);
    }

    [Fact]
    public void ReadRows_OpenpyxlFixture_HasInlineStringsAndUncachedFormula()
    {
        using var workbook = OpenOk(File.ReadAllBytes(HostileFiles.Fixture("openpyxl-report.xlsx")));

        var rows = Rows(workbook, "Есеп");

        Assert.Equal(CellKind.InlineString, Cell(rows, "D2").Kind);
        Assert.Equal((CellKind.Blank, ""), (Cell(rows, "C7").Kind, Cell(rows, "C7").Text));
        Assert.Equal([SheetVisibility.Visible, SheetVisibility.Hidden, SheetVisibility.VeryHidden], workbook.Sheets.Select(s => s.Visibility));
    }

    [Fact]
    public void ReadRows_LibreOfficeFixture_HasSharedStringsAndCachedFormulaValue()
    {
        using var workbook = OpenOk(File.ReadAllBytes(HostileFiles.Fixture("libreoffice-report.xlsx")));

        var rows = Rows(workbook, "Есеп");

        Assert.Equal(CellKind.SharedString, Cell(rows, "D2").Kind);
        Assert.Equal((CellKind.Number, "25"), (Cell(rows, "C7").Kind, Cell(rows, "C7").Text));

        // LibreOffice has no "very hidden": it saves such a sheet as merely hidden.
        Assert.Equal([SheetVisibility.Visible, SheetVisibility.Hidden, SheetVisibility.Hidden], workbook.Sheets.Select(s => s.Visibility));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ReadAllText_Fixture_FindsTextInEveryHidingPlace(string file)
    {
        using var workbook = OpenOk(File.ReadAllBytes(HostileFiles.Fixture(file)));

        var texts = Texts(workbook);

        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.Cell, Sheet: "ӨтеЖасырын", Cell: "B2", Text: "Өте жасырын мәтін" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.Cell, Sheet: "Есеп", Cell: "F2", Text: "Жасырын баған" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.Formula, Cell: "C7", Text: "C2*2" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.SheetName, Text: "ӨтеЖасырын" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.DefinedName, Text: "Жоспар_аймағы" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.Comment, Text: "Ескерту: құпия емес" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.HeaderFooter, Text: "&CЕсеп тақырыбы" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.DataValidation, Text: "Иә немесе Жоқ" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.DataValidation, Text: "\"Иә,Жоқ\"" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.DocumentProperty, Text: "Есеп үлгісі" });
    }

    private static decimal Number(WorkbookCell cell)
    {
        Assert.True(cell.TryGetNumber(out var value), $"{cell.Reference} '{cell.Text}' is not a number");
        return value;
    }
}
