using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Spm.Infrastructure.Templates;

/// <summary>
/// Locks every cell of one sheet except those whose fill marks them as input, and protects the sheet.
/// </summary>
/// <remarks>
/// SpreadCheetah (1.28) writes neither cell protection nor sheet protection, so the finished package is copied
/// once more: cell formats (<c>xf</c>) with an input fill get <c>&lt;protection locked="0"/&gt;</c>, and the
/// sheet gets <c>&lt;sheetProtection/&gt;</c> right after <c>&lt;/sheetData&gt;</c>, where the schema wants it.
/// There is no password: protection keeps people from typing over plans and codes by mistake; the validator,
/// not the lock, is what guards the data.
/// </remarks>
internal static class SheetProtection
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <param name="package">The workbook as SpreadCheetah wrote it.</param>
    /// <param name="output">Where the protected copy goes.</param>
    /// <param name="sheetName">The sheet to protect.</param>
    /// <param name="unlockedFills">ARGB colours (e.g. <c>FFFFF2CC</c>) of the fills that mark cells people may edit.</param>
    /// <param name="cancellationToken">Stops the copy.</param>
    public static async Task ProtectAsync(Stream package, Stream output, string sheetName, IReadOnlySet<string> unlockedFills, CancellationToken cancellationToken)
    {
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var sheetPart = SheetPart(source, sheetName);
        await using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            await using var from = await entry.OpenAsync(cancellationToken);
            await using var to = await copy.OpenAsync(cancellationToken);
            if (entry.FullName == "xl/styles.xml")
            {
                UnlockInputFormats(from, to, unlockedFills);
            }
            else if (entry.FullName == sheetPart)
            {
                AddSheetProtection(from, to);
            }
            else
            {
                await from.CopyToAsync(to, cancellationToken);
            }
        }
    }

    private static string SheetPart(ZipArchive zip, string sheetName)
    {
        var workbook = Load(zip, "xl/workbook.xml");
        var id = (string?)workbook.Descendants(Main + "sheet").FirstOrDefault(s => (string?)s.Attribute("name") == sheetName)?.Attribute(Rel + "id")
            ?? throw new InvalidOperationException($"The workbook has no sheet '{sheetName}'.");
        var target = (string)Load(zip, "xl/_rels/workbook.xml.rels").Descendants(PackageRel + "Relationship")
            .Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!;
        target = target.TrimStart('/');
        return target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target;
    }

    private static XDocument Load(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)?.Open() ?? throw new InvalidOperationException($"{name} is missing from the package.");
        return XDocument.Load(stream);
    }

    // styles.xml is small (a few dozen formats): a DOM is fine here.
    private static void UnlockInputFormats(Stream from, Stream to, IReadOnlySet<string> unlockedFills)
    {
        var styles = XDocument.Load(from);
        var fills = styles.Root!.Element(Main + "fills")!.Elements(Main + "fill").ToList();
        var unlocked = fills
            .Select((fill, index) => (index, rgb: (string?)fill.Descendants(Main + "fgColor").FirstOrDefault()?.Attribute("rgb")))
            .Where(f => f.rgb is not null && unlockedFills.Contains(f.rgb))
            .Select(f => f.index)
            .ToHashSet();
        foreach (var xf in styles.Root!.Element(Main + "cellXfs")!.Elements(Main + "xf"))
        {
            if (unlocked.Contains((int?)xf.Attribute("fillId") ?? 0))
            {
                xf.SetAttributeValue("applyProtection", "1");
                xf.Add(new XElement(Main + "protection", new XAttribute("locked", "0")));
            }
        }

        styles.Save(to, SaveOptions.DisableFormatting);
    }

    // The sheet can be large: copy it node by node and add the protection element after the cell data.
    private static void AddSheetProtection(Stream from, Stream to)
    {
        using var reader = XmlReader.Create(from, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        using var writer = XmlWriter.Create(to, new XmlWriterSettings { Indent = false });
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var empty = reader.IsEmptyElement;
                    var local = reader.LocalName;
                    writer.WriteStartElement(reader.Prefix, local, reader.NamespaceURI);
                    writer.WriteAttributes(reader, defattr: true);
                    if (empty)
                    {
                        writer.WriteEndElement();
                        if (local == "sheetData")
                        {
                            WriteProtection(writer);
                        }
                    }

                    break;
                case XmlNodeType.EndElement:
                    writer.WriteFullEndElement();
                    if (reader.LocalName == "sheetData")
                    {
                        WriteProtection(writer);
                    }

                    break;
                case XmlNodeType.Text:
                    writer.WriteString(reader.Value);
                    break;
                case XmlNodeType.CDATA:
                    writer.WriteCData(reader.Value);
                    break;
                case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    writer.WriteWhitespace(reader.Value);
                    break;
                default:
                    // The declaration is written by the writer itself; the parts have no comments or PIs that matter.
                    break;
            }
        }
    }

    private static void WriteProtection(XmlWriter writer)
    {
        writer.WriteStartElement("sheetProtection", Main.NamespaceName);
        writer.WriteAttributeString("sheet", "1");
        writer.WriteAttributeString("objects", "1");
        writer.WriteAttributeString("scenarios", "1");
        // Widths and heights may still be changed, so long comments can be read.
        writer.WriteAttributeString("formatColumns", "0");
        writer.WriteAttributeString("formatRows", "0");
        writer.WriteEndElement();
    }
}
