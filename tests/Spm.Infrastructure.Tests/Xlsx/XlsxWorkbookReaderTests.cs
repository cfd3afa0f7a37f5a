using Spm.Core.Workbooks;
using Spm.Infrastructure.Xlsx;
using static Spm.Infrastructure.Tests.Xlsx.Workbooks;

namespace Spm.Infrastructure.Tests.Xlsx;

public class XlsxWorkbookReaderTests
{
    [Fact]
    public void ReadRows_EveryStorageKind_ReturnsKindAndText()
    {
        var bytes = TestPackage.WithRows(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>inline</t></is></c>"
            + "<c r=\"C1\"><v>12.5</v></c><c r=\"D1\" t=\"b\"><v>1</v></c><c r=\"E1\" t=\"e\"><v>#DIV/0!</v></c>"
            + "<c r=\"F1\" t=\"str\"><f>A1&amp;\"x\"</f><v>sharedx</v></c><c r=\"G1\"><f>C1*2</f><v>25</v></c>"
            + "<c r=\"H1\"><f>C1*3</f></c><c r=\"I1\" t=\"d\"><v>2018-07-10T00:00:00</v></c></row>")
            .WithSharedStrings("zero", "shared")
            .Build();
        using var workbook = OpenOk(bytes);

        var rows = Rows(workbook, "Report");

        var cells = Assert.Single(rows).Cells;
        Assert.Equal(
            [
                (CellKind.SharedString, "shared"), (CellKind.InlineString, "inline"), (CellKind.Number, "12.5"),
                (CellKind.Boolean, "1"), (CellKind.Error, "#DIV/0!"), (CellKind.FormulaString, "sharedx"),
                (CellKind.Number, "25"), (CellKind.Blank, ""), (CellKind.IsoDate, "2018-07-10T00:00:00"),
            ],
            cells.Select(c => (c.Kind, c.Text)));
        Assert.Equal("C1*2", cells[6].Formula);
        Assert.True(cells[7].HasFormula);
        Assert.False(cells[2].HasFormula);
        Assert.Equal("I1", cells[8].Reference);
    }

    [Fact]
    public void ReadRows_HiddenRowsAndColumns_AreFlagged()
    {
        var bytes = TestPackage.Create(new TestSheet("Report", TestPackage.Worksheet(
            "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c><c r=\"D1\"><v>3</v></c></row>"
            + "<row r=\"2\" hidden=\"1\"><c r=\"A2\"><v>4</v></c></row>"
            + "<row r=\"3\" ht=\"0\" customHeight=\"1\"><c r=\"A3\"><v>5</v></c></row>",
            before: "<cols><col min=\"2\" max=\"2\" hidden=\"1\"/><col min=\"4\" max=\"4\" width=\"0\" customWidth=\"1\"/></cols>"))).Build();
        using var workbook = OpenOk(bytes);

        var rows = Rows(workbook, "Report");

        Assert.Equal([false, true, true], rows[0].Cells.Select(c => c.IsColumnHidden));
        Assert.Equal([false, true, true], rows.Select(r => r.IsHidden));
        Assert.True(Cell(rows, "A2").IsHidden);
    }

    [Fact]
    public void ReadRows_BlankRowsStyledCellsAndMissingReferences_AreSkippedOrNumbered()
    {
        var bytes = TestPackage.WithRows(
            "<row r=\"2\"><c r=\"A2\" s=\"1\"/><c r=\"B2\" s=\"1\"/></row><row r=\"3\"/>"
            + "<row><c><v>1</v></c><c/><c><v>3</v></c></row>"
            + "<row r=\"9\"><c r=\"C9\"><v>9</v></c></row><row r=\"5\"><c r=\"A5\"><v>5</v></c></row>").Build();
        using var workbook = OpenOk(bytes);

        var rows = Rows(workbook, "Report");

        Assert.Equal([4, 9, 5], rows.Select(r => r.Index));
        Assert.Equal(["A4", "C4"], rows[0].Cells.Select(c => c.Reference));
    }

    [Fact]
    public void ReadRows_RichTextAndEscapes_JoinRunsAndDropPhoneticGuides()
    {
        var bytes = TestPackage.WithRows(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><r><t>Құ</t></r><r><rPr><b/></rPr><t>пия</t></r></is></c>"
            + "<c r=\"C1\" t=\"inlineStr\"><is><t>a_x000D_b_x005F_x0041_</t></is></c></row>")
            .WithSharedStringsXml($"<sst xmlns=\"{TestPackage.Main}\"><si><r><t>RI</t></r><r><t xml:space=\"preserve\">-1 </t></r><rPh sb=\"0\" eb=\"1\"><t>ルビ</t></rPh></si></sst>")
            .Build();
        using var workbook = OpenOk(bytes);

        var cells = Assert.Single(Rows(workbook, "Report")).Cells;

        Assert.Equal(["RI-1 ", "Құпия", "a\rb_x0041_"], cells.Select(c => c.Text));
    }

    [Fact]
    public void ReadRows_DateAndPercentStyles_SetFormat()
    {
        var styles = $"<styleSheet xmlns=\"{TestPackage.Main}\"><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd\\.mm\\.yyyy\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"[Red]0.0%\"/><numFmt numFmtId=\"166\" formatCode=\"#,##0&quot; тг&quot;\"/></numFmts>"
            + "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"
            + "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"9\"/><xf numFmtId=\"166\"/></cellXfs></styleSheet>";
        var bytes = TestPackage.WithRows(
            "<row r=\"1\"><c r=\"A1\" s=\"0\"><v>43291</v></c><c r=\"B1\" s=\"1\"><v>43291</v></c><c r=\"C1\" s=\"2\"><v>43291.75</v></c>"
            + "<c r=\"D1\" s=\"3\"><v>0.125</v></c><c r=\"E1\" s=\"4\"><v>0.5</v></c><c r=\"F1\" s=\"5\"><v>7</v></c><c r=\"G1\" s=\"99\"><v>7</v></c></row>")
            .WithStyles(styles).Build();
        using var workbook = OpenOk(bytes);

        var cells = Assert.Single(Rows(workbook, "Report")).Cells;

        Assert.Equal(
            [CellFormat.General, CellFormat.Date, CellFormat.Date, CellFormat.Percent, CellFormat.Percent, CellFormat.General, CellFormat.General],
            cells.Select(c => c.Format));
        Assert.True(cells[2].TryGetDate(workbook.Uses1904DateSystem, out var date));
        Assert.Equal(new DateOnly(2018, 7, 10), date);
    }

    [Fact]
    public void Open_1904DateSystem_IsReported()
    {
        var bytes = TestPackage.WithRows("<row r=\"1\"><c r=\"A1\"><v>0</v></c></row>").With1904Dates().Build();

        using var workbook = OpenOk(bytes);

        Assert.True(workbook.Uses1904DateSystem);
        Assert.True(Cell(Rows(workbook, "Report"), "A1").TryGetDate(true, out var date));
        Assert.Equal(new DateOnly(1904, 1, 1), date);
    }

    [Fact]
    public void Open_StrictOoxml_ReadsCells()
    {
        const string strict = "http://purl.oclc.org/ooxml/spreadsheetml/main";
        const string strictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";
        var parts = new Dictionary<string, byte[]>
        {
            ["[Content_Types].xml"] = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet%201.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"u8.ToArray(),
            ["_rels/.rels"] = System.Text.Encoding.UTF8.GetBytes($"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{strictRelationships}/officeDocument\" Target=\"/xl/workbook.xml\"/></Relationships>"),
            ["xl/workbook.xml"] = System.Text.Encoding.UTF8.GetBytes($"<workbook xmlns=\"{strict}\" xmlns:r=\"{strictRelationships}\"><sheets><sheet name=\"Есеп\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ["xl/_rels/workbook.xml.rels"] = System.Text.Encoding.UTF8.GetBytes($"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{strictRelationships}/worksheet\" Target=\"sheets/../worksheets/sheet%201.xml\"/></Relationships>"),
            ["xl/worksheets/sheet 1.xml"] = System.Text.Encoding.UTF8.GetBytes($"<worksheet xmlns=\"{strict}\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData></worksheet>"),
        };
        using var workbook = OpenOk(TestPackage.Zip(parts));

        var rows = Rows(workbook, "ЕСЕП");

        Assert.Equal("1", Cell(rows, "A1").Text);
    }

    [Theory]
    [InlineData("<c r=\"A\"><v>1</v></c>")]
    [InlineData("<c r=\"XFE1\"><v>1</v></c>")]
    [InlineData("<c r=\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1\"><v>1</v></c>")]
    [InlineData("<c r=\"A1\" t=\"inlineStringsAreSpelledInlineStrNotLikeThisAtAll\"><v>1</v></c>")]
    [InlineData("<c r=\"A1\" t=\"x\"><v>1</v></c>")]
    public void ReadRows_BadCellAttributes_AreCorrupt(string cell)
    {
        using var workbook = OpenOk(TestPackage.Create(
            new TestSheet("A", TestPackage.Worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")),
            new TestSheet("B", TestPackage.Worksheet($"<row r=\"1\">{cell}</row>"))).Build());

        using var cursor = workbook.ReadRows("B");

        Assert.False(cursor.Read());
        Assert.Equal(WorkbookRules.Corrupt, cursor.Problem?.RuleId);
    }

    [Fact]
    public void ReadRows_PrefixedSpreadsheetMl_ReadsCells()
    {
        var sheet = $"<x:worksheet xmlns:x=\"{TestPackage.Main}\"><x:sheetData><x:row r=\"2\"><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>RI-1</x:t></x:is></x:c>"
            + "<x:c r=\"C2\"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>";
        using var workbook = OpenOk(TestPackage.Create(new TestSheet("Report", sheet)).Build());

        var rows = Rows(workbook, "Report");

        Assert.Equal(("RI-1", "7"), (Cell(rows, "B2").Text, Cell(rows, "C2").Text));
    }

    [Fact]
    public void ReadRows_SheetNameWithOtherCaseAndSpaces_FindsSheet()
    {
        var bytes = TestPackage.Create(
            new TestSheet("Нұсқау", TestPackage.Worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")),
            new TestSheet("Есеп 2024", TestPackage.Worksheet("<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>"))).Build();
        using var workbook = OpenOk(bytes);

        var rows = Rows(workbook, "  есеп\u00A02024 ");

        Assert.Equal("2", Cell(rows, "A1").Text);
        Assert.Equal(["Нұсқау", "Есеп 2024"], workbook.Sheets.Select(s => s.Name));
    }

    [Fact]
    public void ReadRows_MissingSheet_EndsWithSheetMissing()
    {
        using var workbook = OpenOk(TestPackage.WithRows("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").Build());

        using var cursor = workbook.ReadRows("Есеп");

        Assert.False(cursor.Read());
        Assert.Equal(WorkbookRules.SheetMissing, cursor.Problem?.RuleId);
        Assert.Equal("Есеп", cursor.Problem?.Sheet);
    }

    [Fact]
    public async Task OpenAsync_NonSeekableStream_IsBufferedAndRead()
    {
        var bytes = TestPackage.WithRows("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").Build();
        var reader = new XlsxWorkbookReader(new WorkbookLimits());

        var opening = await reader.OpenAsync(new ForwardOnlyStream(bytes), TestContext.Current.CancellationToken);

        Assert.True(opening.IsOpen);
        using var workbook = opening.Workbook;
        Assert.Equal("1", Cell(Rows(workbook, "Report"), "A1").Text);
    }

    [Fact]
    public async Task OpenAsync_NonSeekableStreamOverLimit_IsTooLarge()
    {
        var bytes = TestPackage.WithRows("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").Build();
        var reader = new XlsxWorkbookReader(new WorkbookLimits { MaxFileBytes = 100 });

        var opening = await reader.OpenAsync(new ForwardOnlyStream(bytes), TestContext.Current.CancellationToken);

        Assert.Equal(WorkbookRules.FileTooLarge, opening.Problem?.RuleId);
    }

    [Fact]
    public void ReadRows_TwoCursorsAtOnce_ReadIndependently()
    {
        var bytes = TestPackage.Create(
            new TestSheet("A", TestPackage.Worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row>")),
            new TestSheet("B", TestPackage.Worksheet("<row r=\"1\"><c r=\"A1\"><v>3</v></c></row><row r=\"2\"><c r=\"A2\"><v>4</v></c></row>"))).Build();
        using var workbook = OpenOk(bytes);
        using var a = workbook.ReadRows("A");
        using var b = workbook.ReadRows("B");

        var seen = new List<string>();
        while (a.Read() && b.Read())
        {
            seen.Add(a.Current.Cells[0].Text + b.Current.Cells[0].Text);
        }

        Assert.Equal(["13", "24"], seen);
    }

    /// <summary>A read-only stream that cannot seek, like a blob download.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
