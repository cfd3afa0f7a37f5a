using System.Text;
using System.Xml;
using Spm.Core.Screening;
using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Xlsx;

/// <summary>
/// Hands everything a workbook can show to the screen, part by part: cells of every sheet (hidden ones too) with
/// their formulas and formatted display, the shared string table with its phonetic guides, sheet and defined names,
/// comments, headers and footers, validation lists and messages, document properties, hyperlink targets, the names
/// of the parts themselves, and the text runs of printer settings. A part that cannot be read is reported and the
/// next one is read: one malformed part does not hide what the others say.
/// </summary>
internal sealed class XlsxScanner(XlsxPackage package, XlsxWorkbook? workbook, IScreeningSink sink)
{
    private const string PrinterSettingsType = "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings";
    private const string VmlType = "application/vnd.openxmlformats-officedocument.vmlDrawing";

    private readonly int _maxLength = package.Limits.MaxStringLength;

    /// <summary>Screens every part, except the part of the sheet named <paramref name="exceptSheet"/> (read with its rows).</summary>
    public void Scan(SheetEntry? exceptSheet, string? skipPart = null)
    {
        var contentType = TryContentTypes();
        var sheets = workbook?.SheetEntries.Where(e => e.Part is not null).ToDictionary(e => e.Part!, StringComparer.OrdinalIgnoreCase)
            ?? new Dictionary<string, SheetEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in package.PartNames)
        {
            // A part's name is stored with the file: it must not name classified content either.
            sink.Text(new WorkbookText(WorkbookTextOrigin.Other, part, null, null, part));
            if (part == XlsxPackage.ContentTypesPart
                || (exceptSheet?.Part is { } except && string.Equals(part, except, StringComparison.OrdinalIgnoreCase))
                || string.Equals(part, skipPart, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                ScanPart(part, contentType(part), sheets.GetValueOrDefault(part));
            }
            catch (Exception exception) when (XlsxFailure.TryMap(exception, part, out var problem))
            {
                sink.Problem(problem);
            }
        }
    }

    private Func<string, string?> TryContentTypes()
    {
        try
        {
            return package.Contains(XlsxPackage.ContentTypesPart) ? package.ReadContentTypes() : _ => null;
        }
        catch (Exception exception) when (XlsxFailure.TryMap(exception, XlsxPackage.ContentTypesPart, out var problem))
        {
            sink.Problem(problem);
            return _ => null;
        }
    }

    private void ScanPart(string part, string? contentType, SheetEntry? sheet)
    {
        if (sheet is not null && workbook is not null)
        {
            foreach (var unused in workbook.CreateSheetReader(sheet).ReadRows(sink))
            {
            }

            return;
        }

        if (workbook?.SharedStringsPart is { } shared && string.Equals(part, shared, StringComparison.OrdinalIgnoreCase))
        {
            ScanSharedStrings(part);
            return;
        }

        if (part.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
        {
            ScanRelationships(part);
            return;
        }

        if (string.Equals(contentType, PrinterSettingsType, StringComparison.OrdinalIgnoreCase))
        {
            foreach (var run in BinaryText.Runs(package.ReadBytes(part)))
            {
                sink.Text(new WorkbookText(WorkbookTextOrigin.Other, part, null, null, run));
            }

            return;
        }

        if (!package.LooksLikeXml(part))
        {
            // Images and other binary parts: outside a report's shape (reported by the shape check), not text.
            return;
        }

        var names = new SpreadsheetNames();
        using var xml = package.OpenXml(part, names.Table);
        new XmlTextWalker(sink, part, null, OriginOf(part), _maxLength).Walk(xml, element: false);
        if (string.Equals(contentType, VmlType, StringComparison.OrdinalIgnoreCase))
        {
            CheckVml(part);
        }
    }

    /// <summary>Each shared string as shown (runs joined) and each phonetic guide on its own.</summary>
    private void ScanSharedStrings(string part)
    {
        var names = new SpreadsheetNames();
        using var xml = package.OpenXml(part, names.Table);
        var walker = new XmlTextWalker(sink, part, null, WorkbookTextOrigin.SharedString, _maxLength);
        var text = new StringBuilder();
        var phonetic = new StringBuilder();
        var inPhonetic = -1;
        var inText = -1;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when ReferenceEquals(xml.LocalName, names.SharedItem):
                    Flush(walker, text);
                    break;
                case XmlNodeType.Element when ReferenceEquals(xml.LocalName, names.Phonetic) && !xml.IsEmptyElement:
                    inPhonetic = xml.Depth;
                    break;
                case XmlNodeType.Element when ReferenceEquals(xml.LocalName, names.Text) && !xml.IsEmptyElement:
                    inText = xml.Depth;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when inText >= 0:
                    (inPhonetic >= 0 ? phonetic : text).Append(xml.Value);
                    if (text.Length > _maxLength * 7L || phonetic.Length > _maxLength * 7L)
                    {
                        throw XlsxPackage.Reject(WorkbookProblem.StringTooLong(_maxLength, "A shared string is too long.") with { Part = part });
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (xml.Depth == inText)
                    {
                        inText = -1;
                    }
                    else if (xml.Depth == inPhonetic)
                    {
                        inPhonetic = -1;
                        Flush(walker, phonetic);
                    }
                    else if (ReferenceEquals(xml.LocalName, names.SharedItem))
                    {
                        Flush(walker, text);
                    }

                    break;
            }
        }

        Flush(walker, text);
    }

    private static void Flush(XmlTextWalker walker, StringBuilder text)
    {
        if (text.Length > 0)
        {
            walker.Emit(WorkbookTextOrigin.SharedString, WorkbookTextKind.Plain, text.ToString());
            text.Clear();
        }
    }

    /// <summary>External targets (hyperlinks) are text a person follows; internal targets are part names, screened as such.</summary>
    private void ScanRelationships(string part)
    {
        using var xml = package.OpenXml(part);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                && string.Equals(xml.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)
                && xml.GetAttribute("Target") is { Length: > 0 } target)
            {
                sink.Text(new WorkbookText(WorkbookTextOrigin.Other, part, null, null, Uri.UnescapeDataString(target)));
            }
        }
    }

    /// <summary>Legacy drawings may only carry comment shapes: no pictures, no controls.</summary>
    private void CheckVml(string part)
    {
        using var xml = package.OpenXml(part);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName == "ClientData" && xml.GetAttribute("ObjectType") is { } type && !string.Equals(type, "Note", StringComparison.OrdinalIgnoreCase))
            {
                sink.Problem(WorkbookProblem.PartNotAllowed(PackageFeature.Control, $"A legacy drawing holds a {type} control.") with { Part = part });
            }
            else if (xml.LocalName == "imagedata")
            {
                sink.Problem(WorkbookProblem.PartNotAllowed(PackageFeature.Image, "A legacy drawing holds a picture.") with { Part = part });
            }
        }
    }

    private static WorkbookTextOrigin OriginOf(string part) => part switch
    {
        _ when part.StartsWith("docProps/", StringComparison.OrdinalIgnoreCase) => WorkbookTextOrigin.DocumentProperty,
        _ when part.StartsWith("xl/comments", StringComparison.OrdinalIgnoreCase)
            || part.StartsWith("xl/threadedComments/", StringComparison.OrdinalIgnoreCase) => WorkbookTextOrigin.Comment,
        _ when part.StartsWith("xl/drawings/", StringComparison.OrdinalIgnoreCase)
            || part.StartsWith("xl/charts/", StringComparison.OrdinalIgnoreCase) => WorkbookTextOrigin.Drawing,
        _ => WorkbookTextOrigin.Other,
    };
}
