using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Spm.Infrastructure.Tests.Xlsx;

/// <summary>Streams a large, valid report-like workbook to disk, in the shape LibreOffice writes.</summary>
internal static class LargeWorkbook
{
    private const int DistinctCodes = 500;

    public static void Write(string path, int rows)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        Text(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>");
        Text(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Text(zip, "xl/workbook.xml", $"<workbook xmlns=\"{TestPackage.Main}\" xmlns:r=\"{TestPackage.Relationships}\"><sheets><sheet name=\"Есеп\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Text(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
        Text(zip, "xl/styles.xml", $"<styleSheet xmlns=\"{TestPackage.Main}\"><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd\\.mm\\.yyyy\"/></numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>");
        var strings = new StringBuilder($"<sst xmlns=\"{TestPackage.Main}\">");
        for (var i = 0; i < DistinctCodes; i++)
        {
            strings.Append(CultureInfo.InvariantCulture, $"<si><t>RI-{i / 10}.{i % 10}</t></si><si><t>Іс-шара атауы {i}</t></si><si><t>{i},5</t></si>");
        }

        Text(zip, "xl/sharedStrings.xml", strings.Append("</sst>").ToString());
        using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        sheet.Write($"<worksheet xmlns=\"{TestPackage.Main}\"><sheetData>");
        for (var row = 1; row <= rows; row++)
        {
            var code = row % DistinctCodes;
            sheet.Write(string.Create(CultureInfo.InvariantCulture,
                $"<row r=\"{row}\"><c r=\"A{row}\" t=\"s\"><v>{code * 3}</v></c><c r=\"B{row}\" t=\"s\"><v>{(code * 3) + 1}</v></c>"
                + $"<c r=\"C{row}\"><v>{row * 1.5}</v></c><c r=\"D{row}\"><v>{row % 977}</v></c><c r=\"E{row}\" t=\"s\"><v>{(code * 3) + 2}</v></c>"
                + $"<c r=\"F{row}\" s=\"1\"><v>{43291 + (row % 365)}</v></c><c r=\"G{row}\" t=\"inlineStr\"><is><t>Аймақ {row % 17}</t></is></c>"
                + $"<c r=\"H{row}\"><f>C{row}-D{row}</f><v>{(row * 1.5) - (row % 977)}</v></c></row>"));
        }

        sheet.Write("</sheetData></worksheet>");
    }

    private static void Text(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
