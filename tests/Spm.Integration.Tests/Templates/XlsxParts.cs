using System.IO.Compression;
using System.Xml.Linq;

namespace Spm.Integration.Tests.Templates;

/// <summary>Just enough of an xlsx reader for asserting on generated templates: sheets, their state and cell texts.</summary>
internal sealed class XlsxParts
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly Dictionary<string, (string? State, XDocument Xml)> sheets = new(StringComparer.Ordinal);
    private readonly List<string> sharedStrings = [];

    private XlsxParts()
    {
    }

    public IReadOnlyList<string> SheetNames { get; private set; } = [];

    public static XlsxParts Open(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var parts = new XlsxParts();
        var workbook = Load(zip, "xl/workbook.xml");
        var rels = Load(zip, "xl/_rels/workbook.xml.rels").Root!.Elements(PackageRel + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!, StringComparer.Ordinal);
        if (zip.GetEntry("xl/sharedStrings.xml") is not null)
        {
            parts.sharedStrings.AddRange(Load(zip, "xl/sharedStrings.xml").Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))));
        }

        var names = new List<string>();
        foreach (var sheet in workbook.Root!.Element(Main + "sheets")!.Elements(Main + "sheet"))
        {
            var name = (string)sheet.Attribute("name")!;
            var target = rels[(string)sheet.Attribute(Rel + "id")!].TrimStart('/');
            var entry = target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target;
            parts.sheets[name] = ((string?)sheet.Attribute("state"), Load(zip, entry));
            names.Add(name);
        }

        parts.SheetNames = names;
        return parts;
    }

    public string? State(string sheet) => sheets[sheet].State;

    public XDocument SheetXml(string sheet) => sheets[sheet].Xml;

    /// <summary>Cell texts by reference (<c>B3</c>); numbers as written in the XML.</summary>
    public IReadOnlyDictionary<string, string> Cells(string sheet)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in SheetXml(sheet).Descendants(Main + "row"))
        {
            var rowNumber = (string)row.Attribute("r")!;
            var column = 0;
            foreach (var c in row.Elements(Main + "c"))
            {
                var reference = (string?)c.Attribute("r");
                column = reference is null ? column + 1 : ColumnIndex(reference);
                var text = (string?)c.Attribute("t") switch
                {
                    "inlineStr" => string.Concat(c.Descendants(Main + "t").Select(t => t.Value)),
                    "s" => sharedStrings[int.Parse(c.Element(Main + "v")!.Value, System.Globalization.CultureInfo.InvariantCulture)],
                    _ => c.Element(Main + "v")?.Value,
                };
                if (text is not null)
                {
                    result[ColumnName(column) + rowNumber] = text;
                }
            }
        }

        return result;
    }

    public static XName Name(string localName) => Main + localName;

    private static XDocument Load(ZipArchive zip, string entry)
    {
        using var stream = zip.GetEntry(entry)?.Open() ?? throw new InvalidOperationException($"{entry} is missing.");
        return XDocument.Load(stream);
    }

    private static int ColumnIndex(string reference) =>
        reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, ch) => (n * 26) + (char.ToUpperInvariant(ch) - 'A' + 1));

    private static string ColumnName(int index)
    {
        var name = "";
        for (; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }
}

/// <summary>A temporary directory removed at the end of a test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "spm-templates-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
