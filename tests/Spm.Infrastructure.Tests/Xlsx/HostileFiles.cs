using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Tests.Xlsx;

/// <summary>A file that must be rejected with exactly one rule; null limits mean the defaults.</summary>
internal sealed record HostileCase(string Name, string ExpectedRule, Func<byte[]> Build, WorkbookLimits? Limits = null)
{
    public override string ToString() => Name;
}

/// <summary>Ugly files built in code (or taken from Fixtures/): one per way an upload can be unsafe.</summary>
internal static class HostileFiles
{
    private const string Sheet1 = "xl/worksheets/sheet1.xml";
    private const string Header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static readonly ConcurrentDictionary<string, byte[]> Built = new();

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        new("renamed-pdf", WorkbookRules.NotZip, () => "%PDF-1.7\n%\u00E2\u00E3\n1 0 obj <</Type /Catalog>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray()),
        new("renamed-exe", WorkbookRules.NotZip, () => [.. "MZ\u0090\0\u0003\0\0\0\u0004\0\0\0\u00FF\u00FF\0\0"u8, .. new byte[64], .. "This program cannot be run in DOS mode."u8]),
        new("renamed-csv", WorkbookRules.NotZip, () => Encoding.UTF8.GetBytes("\uFEFFКод;Атауы;Факт\r\nTI-1;Индикатор;12,5\r\n")),
        new("renamed-csv-1251", WorkbookRules.NotZip, () => [0xCA, 0xEE, 0xE4, (byte)';', 0xD4, 0xE0, 0xEA, 0xF2, (byte)'\r', (byte)'\n', (byte)'1', (byte)';', (byte)'2']),
        new("html-saved-as-xls", WorkbookRules.NotZip, () => "<html><body><table><tr><td>TI-1</td><td>12,5</td></tr></table></body></html>"u8.ToArray()),
        new("empty-file", WorkbookRules.EmptyFile, () => []),
        new("legacy-xls-libreoffice", WorkbookRules.LegacyXls, () => File.ReadAllBytes(Fixture("libreoffice-legacy.xls"))),
        new("legacy-xls-handmade", WorkbookRules.LegacyXls, () => CompoundFileBuilder.Build(("Workbook", new byte[4096]))),
        new("encrypted-xlsx", WorkbookRules.Encrypted, CompoundFileBuilder.EncryptedWorkbook),
        new("zip-encrypted-entry", WorkbookRules.Encrypted, () => ZipSurgery.SetEncryptedFlag(Valid(), Sheet1)),
        new("macros-vba-project", WorkbookRules.Macros, () => Package()
            .WithPart("xl/vbaProject.bin", CompoundFileBuilder.Build(("VBA", new byte[4096])), "application/vnd.ms-office.vbaProject")
            .WithWorkbookContentType("application/vnd.ms-excel.sheet.macroEnabled.main+xml").Build()),
        new("macros-content-type-only", WorkbookRules.Macros, () => Package()
            .WithWorkbookContentType("application/vnd.ms-excel.sheet.macroEnabled.main+xml").Build()),
        new("macros-excel4-sheet", WorkbookRules.Macros, () => Package()
            .WithPart("xl/macrosheets/sheet1.xml", "<xm:macrosheet xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\"/>", "application/vnd.ms-excel.macrosheet+xml").Build()),
        new("macros-activex", WorkbookRules.Macros, () => Package()
            .WithPart("xl/activeX/activeX1.xml", "<ax:ocx xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\"/>", "application/vnd.ms-office.activeX+xml").Build()),
        new("embedded-ole-object", WorkbookRules.EmbeddedObject, () => Package()
            .WithPart("xl/embeddings/oleObject1.bin", CompoundFileBuilder.Build(("\u0001Ole10Native", new byte[4096])), "application/vnd.openxmlformats-officedocument.oleObject").Build()),
        new("truncated-half", WorkbookRules.CorruptZip, () => Valid()[..(Valid().Length / 2)]),
        new("truncated-end-record", WorkbookRules.CorruptZip, () => Valid()[..^10]),
        new("damaged-deflate-data", WorkbookRules.CorruptZip, () => ZipSurgery.DamageData(Big(), Sheet1)),
        new("duplicate-entry-names", WorkbookRules.CorruptZip, () => TestPackage.Zip(Parts(Valid()).Append(new(Sheet1, "<worksheet/>"u8.ToArray())))),
        new("random-after-zip-magic", WorkbookRules.CorruptZip, () => [.. "PK\u0003\u0004"u8, .. Random(4096, 3)]),
        new("zip-of-docx", WorkbookRules.NotXlsx, () => TestPackage.Zip([
            new("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"u8.ToArray()),
            new("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"u8.ToArray()),
            new("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"u8.ToArray())])),
        new("zip-of-ods", WorkbookRules.NotXlsx, () => TestPackage.Zip([
            new("mimetype", "application/vnd.oasis.opendocument.spreadsheet"u8.ToArray()),
            new("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"u8.ToArray())])),
        new("zip-bomb-300mb-entry", WorkbookRules.ZipBomb, () => ZerosEntry(300)),
        new("zip-bomb-ratio", WorkbookRules.ZipBomb, () => ZerosEntry(50)),
        new("zip-bomb-entry-count", WorkbookRules.ZipBomb, () => TestPackage.Zip(Parts(Valid()).Concat(
            Enumerable.Range(0, 5000).Select(i => new KeyValuePair<string, byte[]>($"xl/media/image{i}.png", [1]))))),
        new("zip-bomb-lying-size", WorkbookRules.ZipBomb, () => ZipSurgery.SetDeclaredSize(Big(), Sheet1, 1000)),
        new("zip-bomb-total-size", WorkbookRules.ZipBomb, () => Package()
            .WithPart("xl/media/a.xml", Random(600_000, 1)).WithPart("xl/media/b.xml", Random(600_000, 2)).Build(),
            new WorkbookLimits { MaxTotalUncompressedBytes = 1_000_000 }),
        new("xml-dtd-in-sheet", WorkbookRules.XmlDtd, () => Package(Header + "<!DOCTYPE worksheet [<!ENTITY x \"y\">]>" + TestPackage.Worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>")).Build()),
        new("xml-xxe-in-shared-strings", WorkbookRules.XmlDtd, () => Package(TestPackage.Worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"))
            .WithSharedStringsXml(Header + $"<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><sst xmlns=\"{TestPackage.Main}\"><si><t>&xxe;</t></si></sst>").Build()),
        new("xml-billion-laughs", WorkbookRules.XmlDtd, () => Package(BillionLaughs()).Build()),
        new("xml-dtd-utf16", WorkbookRules.XmlDtd, () => Package()
            .WithPart(Sheet1, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE worksheet SYSTEM \"http://example.invalid/x.dtd\">" + TestPackage.Worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"))]).Build()),
        new("xml-dtd-in-comments", WorkbookRules.XmlDtd, () => Package()
            .WithSheetPart(1, "xl/comments1.xml", $"<!DOCTYPE comments [<!ENTITY c SYSTEM \"http://example.invalid/\">]><comments xmlns=\"{TestPackage.Main}\"/>", "comments", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml").Build()),
        new("xml-deep-nesting", WorkbookRules.Corrupt, () => Package(TestPackage.Worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", after: string.Concat(Enumerable.Repeat("<x>", 100_000)) + string.Concat(Enumerable.Repeat("</x>", 100_000)))).Build()),
        new("xml-malformed", WorkbookRules.Corrupt, () => Package(TestPackage.Worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v>")).Build()),
        new("shared-string-index-out-of-range", WorkbookRules.Corrupt, () => Package(TestPackage.Worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>")).WithSharedStrings("only").Build()),
        new("sheet-part-missing", WorkbookRules.Corrupt, () => TestPackage.Zip(Parts(Valid()).Where(p => p.Key != Sheet1))),
        new("too-many-rows", WorkbookRules.TooManyRows, () => ManyRows(1_050_000)),
        new("too-many-rows-report-limit", WorkbookRules.TooManyRows, () => ManyRows(11), new WorkbookLimits { MaxRowsPerSheet = 10 }),
        new("too-many-cells", WorkbookRules.TooManyCells, () => Package(TestPackage.Worksheet(
            "<row r=\"1\">" + string.Concat(Enumerable.Range(1, 101).Select(i => $"<c><v>{i}</v></c>")) + "</row>")).Build(),
            new WorkbookLimits { MaxCellsPerSheet = 100 }),
        new("string-too-long-inline", WorkbookRules.StringTooLong, () => Package(TestPackage.Worksheet(
            $"<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"14\"><c r=\"E14\" t=\"inlineStr\"><is><t>{new string('ы', 40_000)}</t></is></c></row>")).Build()),
        new("string-too-long-shared", WorkbookRules.StringTooLong, () => Package(TestPackage.Worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"))
            .WithSharedStrings(new string('ы', 40_000)).Build()),
        new("string-too-long-xml-token", WorkbookRules.StringTooLong, () => Package(TestPackage.Worksheet(
            "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", before: $"<sheetPr codeName=\"{Encoding.ASCII.GetString(Letters(5_000_000))}\"/>")).Build()),
        new("string-too-long-comment", WorkbookRules.StringTooLong, () => Package()
            .WithSheetPart(1, "xl/comments1.xml", $"<comments xmlns=\"{TestPackage.Main}\"><commentList><comment ref=\"A1\"><text><t>{new string('ы', 40_000)}</t></text></comment></commentList></comments>", "comments", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml").Build()),
        new("too-many-shared-strings", WorkbookRules.TooManyStrings, () => Package(TestPackage.Worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"))
            .WithSharedStringsXml($"<sst xmlns=\"{TestPackage.Main}\">" + string.Concat(Enumerable.Range(0, 1_000_001).Select(i => $"<si><t>{i}</t></si>")) + "</sst>").Build()),
        new("empty-workbook-no-cells", WorkbookRules.Empty, () => Package(TestPackage.Worksheet("<row r=\"1\"><c r=\"A1\" s=\"1\"/></row><row r=\"2\"/>")).Build()),
        new("empty-workbook-no-sheets", WorkbookRules.Empty, () => TestPackage.Create().Build()),
        new("file-too-large", WorkbookRules.FileTooLarge, Valid, new WorkbookLimits { MaxFileBytes = 1_000 }),
    ];

    public static HostileCase Get(string name) => All.Single(c => c.Name == name);

    /// <summary>The case's bytes, built once per test run (the bombs take a moment to compress).</summary>
    public static byte[] Bytes(HostileCase hostile) => Built.GetOrAdd(hostile.Name, _ => hostile.Build());

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>A small valid workbook the damaged ones start from.</summary>
    public static byte[] Valid() => Built.GetOrAdd("valid", _ => Package().Build());

    private static TestPackage Package(string? sheet = null) => TestPackage.Create(new TestSheet("Report", sheet ??
        TestPackage.Worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>TI-1</t></is></c><c r=\"B1\"><v>12.5</v></c></row>")));

    /// <summary>A valid workbook whose sheet is big enough (~3 MB) for header surgery.</summary>
    private static byte[] Big() => Built.GetOrAdd("big", _ => Package(TestPackage.Worksheet(string.Concat(
        Enumerable.Range(1, 30_000).Select(i => $"<row r=\"{i}\"><c r=\"A{i}\"><v>{i * 7919 % 100_003}</v></c><c r=\"B{i}\" t=\"inlineStr\"><is><t>R{i}</t></is></c></row>")))).Build());

    private static List<KeyValuePair<string, byte[]>> Parts(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        var parts = new List<KeyValuePair<string, byte[]>>();
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            parts.Add(new(entry.FullName, copy.ToArray()));
        }

        return parts;
    }

    /// <summary>A workbook whose sheet entry is <paramref name="megabytes"/> MB of zeros: ~1000:1 deflated.</summary>
    private static byte[] ZerosEntry(int megabytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in Parts(Valid()).Where(p => p.Key != Sheet1))
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }

            using var sheet = zip.CreateEntry(Sheet1, CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                sheet.Write(zeros);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] ManyRows(int rows)
    {
        var xml = new StringBuilder($"<worksheet xmlns=\"{TestPackage.Main}\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        for (var i = 2; i <= rows; i++)
        {
            xml.Append("<row r=\"").Append(i).Append("\"/>");
        }

        return Package(xml.Append("</sheetData></worksheet>").ToString()).Build();
    }

    private static string BillionLaughs()
    {
        var xml = new StringBuilder(Header + "<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            xml.Append($"<!ENTITY lol{i} \"").Append(string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? string.Empty : (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))};", 10))).Append("\">");
        }

        return xml.Append("]>").Append(TestPackage.Worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>")).ToString();
    }

    private static byte[] Random(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Letters(int length)
    {
        var bytes = Random(length, 5);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)('a' + (bytes[i] % 26));
        }

        return bytes;
    }
}
