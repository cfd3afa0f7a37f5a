using System.IO.Compression;
using System.Security;
using System.Text;

namespace Spm.Infrastructure.Tests.Xlsx;

/// <summary>A sheet for <see cref="TestPackage"/>: its name, worksheet XML and optional state.</summary>
internal sealed record TestSheet(string Name, string Xml, string? State = null);

/// <summary>Builds small xlsx packages part by part, so each test shows the XML it relies on.</summary>
internal sealed class TestPackage
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string RelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private readonly List<TestSheet> _sheets;
    private readonly SortedDictionary<string, byte[]> _parts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _contentTypes = new(StringComparer.Ordinal);
    private readonly List<(string Type, string Target)> _workbookRelationships = [];
    private readonly List<(int Sheet, string Type, string Target)> _sheetRelationships = [];
    private string _workbookContentType = WorkbookType;
    private string _workbookExtra = string.Empty;
    private string _workbookProperties = string.Empty;

    private TestPackage(IEnumerable<TestSheet> sheets) => _sheets = [.. sheets];

    public static TestPackage Create(params TestSheet[] sheets) => new(sheets);

    /// <summary>One visible sheet named "Report" holding the given sheetData rows.</summary>
    public static TestPackage WithRows(string rows) => Create(new TestSheet("Report", Worksheet(rows)));

    public static string Worksheet(string rows, string before = "", string after = "") =>
        $"<worksheet xmlns=\"{Main}\" xmlns:r=\"{Relationships}\">{before}<sheetData>{rows}</sheetData>{after}</worksheet>";

    public static string Escape(string text) => SecurityElement.Escape(text);

    public TestPackage WithSharedStrings(params string[] items)
    {
        var xml = new StringBuilder($"<sst xmlns=\"{Main}\" count=\"{items.Length}\" uniqueCount=\"{items.Length}\">");
        foreach (var item in items)
        {
            xml.Append("<si><t xml:space=\"preserve\">").Append(Escape(item)).Append("</t></si>");
        }

        return WithSharedStringsXml(xml.Append("</sst>").ToString());
    }

    public TestPackage WithSharedStringsXml(string xml) =>
        WithWorkbookPart("xl/sharedStrings.xml", xml, "sharedStrings", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");

    public TestPackage WithStyles(string xml) =>
        WithWorkbookPart("xl/styles.xml", xml, "styles", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");

    /// <summary>Adds a part related from the workbook.</summary>
    public TestPackage WithWorkbookPart(string part, string xml, string relationshipType, string contentType)
    {
        _workbookRelationships.Add((relationshipType, part["xl/".Length..]));
        return WithPart(part, xml, contentType);
    }

    /// <summary>Adds a part related from the sheet with the given 1-based index (comments, tables, printer settings…).</summary>
    public TestPackage WithSheetPart(int sheet, string part, string xml, string relationshipType, string contentType) =>
        WithSheetPart(sheet, part, Encoding.UTF8.GetBytes(xml), relationshipType, contentType);

    public TestPackage WithSheetPart(int sheet, string part, byte[] content, string relationshipType, string contentType)
    {
        _sheetRelationships.Add((sheet, relationshipType, "/" + part));
        return WithPart(part, content, contentType);
    }

    public TestPackage WithPart(string part, string xml, string? contentType = null) =>
        WithPart(part, Encoding.UTF8.GetBytes(xml), contentType);

    public TestPackage WithPart(string part, byte[] content, string? contentType = null)
    {
        _parts[part] = content;
        if (contentType is not null)
        {
            _contentTypes[part] = contentType;
        }

        return this;
    }

    public TestPackage WithWorkbookContentType(string contentType)
    {
        _workbookContentType = contentType;
        return this;
    }

    /// <summary>XML placed inside &lt;workbook&gt; after &lt;sheets&gt;, such as definedNames.</summary>
    public TestPackage WithWorkbookXml(string xml)
    {
        _workbookExtra = xml;
        return this;
    }

    public TestPackage With1904Dates()
    {
        _workbookProperties = "<workbookPr date1904=\"1\"/>";
        return this;
    }

    public byte[] Build(CompressionLevel level = CompressionLevel.Fastest)
    {
        var parts = new SortedDictionary<string, byte[]>(_parts, StringComparer.Ordinal);
        var contentTypes = new Dictionary<string, string>(_contentTypes, StringComparer.Ordinal)
        {
            ["xl/workbook.xml"] = _workbookContentType,
        };
        var sheets = new StringBuilder();
        var relationships = new StringBuilder();
        for (var i = 0; i < _sheets.Count; i++)
        {
            var sheet = _sheets[i];
            var state = sheet.State is null ? string.Empty : $" state=\"{sheet.State}\"";
            sheets.Append($"<sheet name=\"{Escape(sheet.Name)}\" sheetId=\"{i + 1}\"{state} r:id=\"rId{i + 1}\"/>");
            relationships.Append($"<Relationship Id=\"rId{i + 1}\" Type=\"{RelationshipTypes}worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>");
            parts.TryAdd($"xl/worksheets/sheet{i + 1}.xml", Encoding.UTF8.GetBytes(sheet.Xml));
            contentTypes.TryAdd($"xl/worksheets/sheet{i + 1}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        }

        for (var i = 0; i < _workbookRelationships.Count; i++)
        {
            var (type, target) = _workbookRelationships[i];
            relationships.Append($"<Relationship Id=\"rIdX{i}\" Type=\"{RelationshipTypes}{type}\" Target=\"{target}\"/>");
        }

        foreach (var sheetRelationships in _sheetRelationships.GroupBy(r => r.Sheet))
        {
            var xml = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            var id = 0;
            foreach (var (_, type, target) in sheetRelationships)
            {
                var absolute = type.Contains('/', StringComparison.Ordinal) ? type : RelationshipTypes + type;
                xml.Append($"<Relationship Id=\"rIdS{id++}\" Type=\"{absolute}\" Target=\"{target}\"/>");
            }

            parts[$"xl/worksheets/_rels/sheet{sheetRelationships.Key}.xml.rels"] = Encoding.UTF8.GetBytes(xml.Append("</Relationships>").ToString());
        }

        parts.TryAdd("xl/workbook.xml", Encoding.UTF8.GetBytes(
            $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\">{_workbookProperties}<sheets>{sheets}</sheets>{_workbookExtra}</workbook>"));
        parts.TryAdd("xl/_rels/workbook.xml.rels", Encoding.UTF8.GetBytes(
            $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{relationships}</Relationships>"));
        parts.TryAdd("_rels/.rels", Encoding.UTF8.GetBytes(
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + $"<Relationship Id=\"rId1\" Type=\"{RelationshipTypes}officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        var types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        foreach (var (part, type) in contentTypes.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            types.Append($"<Override PartName=\"/{part}\" ContentType=\"{type}\"/>");
        }

        parts.TryAdd("[Content_Types].xml", Encoding.UTF8.GetBytes(types.Append("</Types>").ToString()));
        return Zip(parts, level);
    }

    public static byte[] Zip(IEnumerable<KeyValuePair<string, byte[]>> entries, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, level);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
