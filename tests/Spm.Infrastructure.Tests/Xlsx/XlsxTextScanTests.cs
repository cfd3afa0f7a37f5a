using Spm.Core.Workbooks;
using static Spm.Infrastructure.Tests.Xlsx.Workbooks;

namespace Spm.Infrastructure.Tests.Xlsx;

public class XlsxTextScanTests
{
    private const string Drawing = "http://schemas.openxmlformats.org/drawingml/2006/main";

    [Fact]
    public void Screen_TextHiddenAcrossTheWorkbook_IsHandedOnWithItsOrigin()
    {
        var bytes = TestPackage.Create(
                new TestSheet("Есеп", TestPackage.Worksheet(
                    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>5</v></c></row>",
                    after: "<dataValidations><dataValidation type=\"list\" sqref=\"B1\" error=\"Тек сан\"><formula1>\"Иә,Жоқ\"</formula1></dataValidation></dataValidations>"
                        + "<headerFooter><oddFooter>&amp;LҚұпия аяқ</oddFooter></headerFooter>")),
                new TestSheet("Жасырын", TestPackage.Worksheet("<row r=\"3\"><c r=\"C3\" t=\"str\"><f>\"Құ\"&amp;\"пия\"</f><v>Құпия</v></c></row>"), "veryHidden"))
            .WithSharedStringsXml($"<sst xmlns=\"{TestPackage.Main}\"><si><t>Код</t></si><si><r><t>Құ</t></r><r><rPr><b/></rPr><t>пия пайдаланылмаған</t></r><rPh sb=\"0\" eb=\"1\"><t>фонетика</t></rPh></si></sst>")
            .WithStyles($"<styleSheet xmlns=\"{TestPackage.Main}\"><numFmts><numFmt numFmtId=\"164\" formatCode=\"&quot;Құпия&quot;0\"/></numFmts></styleSheet>")
            .WithWorkbookXml("<definedNames><definedName name=\"Жасырын_атау\" hidden=\"1\">\"мән\"</definedName></definedNames>")
            .WithPart("xl/drawings/drawing1.xml", $"<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" xmlns:a=\"{Drawing}\"><xdr:sp><xdr:txBody><a:p><a:r><a:t>Мәтін</a:t></a:r><a:r><a:rPr b=\"1\"/><a:t> терезесі</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:wsDr>",
                "application/vnd.openxmlformats-officedocument.drawing+xml")
            .WithPart("xl/charts/chart1.xml", $"<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"{Drawing}\"><c:chart><c:title><c:tx><c:rich><a:p><a:r><a:t>Диаграмма</a:t></a:r></a:p></c:rich></c:tx></c:title></c:chart></c:chartSpace>")
            .WithPart("xl/threadedComments/threadedComment1.xml", "<ThreadedComments xmlns=\"http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments\"><threadedComment ref=\"A1\"><text>Талқылау</text></threadedComment></ThreadedComments>")
            .WithPart("docProps/custom.xml", "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><property name=\"Белгі\" pid=\"2\"><vt:lpwstr>Қосымша</vt:lpwstr></property></Properties>")
            .Build();

        var texts = ScreenBytes(bytes).Texts;

        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.Cell, Sheet: "Жасырын", Cell: "C3", Text: "Құпия" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.Formula, Sheet: "Жасырын", Text: "\"Құ\"&\"пия\"" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.SharedString, Text: "Құпия пайдаланылмаған" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.SharedString, Text: "фонетика" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.SheetName, Text: "Жасырын" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.DefinedName, Text: "Жасырын_атау" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.DefinedName, Text: "\"мән\"" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.DataValidation, Text: "Тек сан" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.HeaderFooter, Text: "&LҚұпия аяқ" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.Drawing, Part: "xl/drawings/drawing1.xml", Text: "Мәтін терезесі" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.Drawing, Part: "xl/charts/chart1.xml", Text: "Диаграмма" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.Comment, Text: "Талқылау" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.DocumentProperty, Text: "Қосымша" });
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.DocumentProperty, Text: "Белгі" });
        Assert.Contains(texts, t => t.Text == "\"Құпия\"0");
        Assert.Contains(texts, t => t is { Origin: WorkbookTextOrigin.Cell, Cell: "B1", Text: "5" });
    }
}
