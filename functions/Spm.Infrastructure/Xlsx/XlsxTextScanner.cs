using System.Text;
using System.Xml;
using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Xlsx;

/// <summary>
/// Streams every text a person can put into a workbook: cells of every sheet (hidden and very
/// hidden ones too) and their formulas, the whole shared string table (used or not, phonetic
/// guides included), sheet and defined names, comments, headers and footers, data validation
/// lists and messages, drawings, text boxes and charts, document properties, and the text nodes
/// and wordy attributes of every other XML part. Rich text runs are joined so a word split
/// across runs is seen whole. Numbers, flags and binary parts (images) are not text.
/// </summary>
internal sealed class XlsxTextScanner(XlsxPackage package, XlsxWorkbook workbook, PartContext context)
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private static readonly HashSet<string> RunNames = new(StringComparer.Ordinal) { "r", "fld", "font", "span", "b", "i", "u", "s", "sub", "sup", "strong", "em" };
    private static readonly HashSet<string> ScannedExtensions = new(StringComparer.OrdinalIgnoreCase) { ".xml", ".rels", ".vml" };

    private readonly int _maxLength = package.Limits.MaxStringLength;

    public IEnumerable<WorkbookText> Scan()
    {
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { XlsxPackage.ContentTypesPart };
        var ordered = new List<(string Part, SheetEntry? Sheet)> { (workbook.WorkbookPart, null) };
        ordered.AddRange(workbook.SheetEntries.Where(entry => entry.Part is not null).Select(entry => (entry.Part!, (SheetEntry?)entry)));
        if (workbook.SharedStringsPart is { } shared)
        {
            ordered.Add((shared, null));
        }

        ordered.AddRange(package.PartNames
            .Where(part => ScannedExtensions.Contains(Path.GetExtension(part)))
            .Select(part => (part, (SheetEntry?)null)));

        foreach (var (part, sheet) in ordered)
        {
            if (!done.Add(part))
            {
                continue;
            }

            context.Part = part;
            foreach (var text in ScanPart(part, sheet))
            {
                yield return text;
            }
        }

        context.Part = null;
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

    private static WorkbookTextOrigin OriginOf(string element, WorkbookTextOrigin current) => element switch
    {
        "headerFooter" => WorkbookTextOrigin.HeaderFooter,
        "dataValidations" or "dataValidation" => WorkbookTextOrigin.DataValidation,
        "definedName" => WorkbookTextOrigin.DefinedName,
        _ => current,
    };

    private static bool IsWordy(XmlReader xml)
    {
        if (xml.Prefix == "xmlns" || xml.LocalName == "xmlns" || xml.NamespaceURI == XmlNamespace
            || xml.NamespaceURI.EndsWith("relationships", StringComparison.Ordinal))
        {
            return false;
        }

        var value = xml.Value;
        return value.Length >= 2 && value.AsSpan().ContainsAnyExceptInRange('\0', '@');
    }

    private IEnumerable<WorkbookText> ScanPart(string part, SheetEntry? sheet)
    {
        var isSharedStrings = string.Equals(part, workbook.SharedStringsPart, StringComparison.OrdinalIgnoreCase);
        var isWorkbook = string.Equals(part, workbook.WorkbookPart, StringComparison.OrdinalIgnoreCase);
        var baseOrigin = isSharedStrings ? WorkbookTextOrigin.SharedString : OriginOf(part);
        var sheetName = sheet?.Sheet.Name;
        var names = new SpreadsheetNames();
        using var xml = package.OpenXml(part, names.Table);
        var origins = new Stack<(int Depth, WorkbookTextOrigin Previous)>();
        var origin = baseOrigin;
        var run = new StringBuilder();
        var runDepth = -1;
        var phoneticDepth = -1;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    var name = xml.LocalName;
                    var depth = xml.Depth;
                    var empty = xml.IsEmptyElement;
                    if (sheet is not null && depth == 1 && !empty && ReferenceEquals(name, names.SheetData))
                    {
                        var reader = workbook.CreateSheetReader(sheet);
                        foreach (var row in reader.ReadRowsFrom(xml, names, null))
                        {
                            foreach (var text in CellTexts(part, sheetName!, row))
                            {
                                yield return text;
                            }
                        }

                        continue;
                    }

                    var elementOrigin = OriginOf(name, origin);
                    if (xml.MoveToFirstAttribute())
                    {
                        do
                        {
                            if (IsWordy(xml))
                            {
                                var attributeOrigin = isWorkbook && name == "sheet" && xml.LocalName == "name"
                                    ? WorkbookTextOrigin.SheetName
                                    : elementOrigin;
                                yield return Text(attributeOrigin, part, sheetName, xml.Value);
                            }
                        }
                        while (xml.MoveToNextAttribute());

                        xml.MoveToElement();
                    }

                    if (empty)
                    {
                        break;
                    }

                    origins.Push((depth, origin));
                    origin = elementOrigin;
                    if (ReferenceEquals(name, names.Phonetic) && phoneticDepth < 0)
                    {
                        phoneticDepth = depth;
                    }
                    else if (runDepth < 0 && phoneticDepth < 0 && RunNames.Contains(name))
                    {
                        runDepth = depth - 1;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (runDepth >= 0 && phoneticDepth < 0)
                    {
                        run.Append(xml.Value);
                        if (run.Length > _maxLength * 7L)
                        {
                            throw TooLong(part);
                        }
                    }
                    else if (xml.NodeType != XmlNodeType.Whitespace && !string.IsNullOrWhiteSpace(xml.Value))
                    {
                        yield return Text(origin, part, sheetName, xml.Value);
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (xml.Depth == phoneticDepth)
                    {
                        phoneticDepth = -1;
                    }

                    if (xml.Depth == runDepth)
                    {
                        var joined = run.ToString();
                        run.Clear();
                        runDepth = -1;
                        if (!string.IsNullOrWhiteSpace(joined))
                        {
                            yield return Text(origin, part, sheetName, joined);
                        }
                    }

                    if (origins.Count > 0 && origins.Peek().Depth == xml.Depth)
                    {
                        origin = origins.Pop().Previous;
                    }

                    break;
            }
        }
    }

    private static IEnumerable<WorkbookText> CellTexts(string part, string sheet, WorkbookRow row)
    {
        foreach (var cell in row.Cells)
        {
            if (cell.Text.Length > 0)
            {
                yield return new WorkbookText(WorkbookTextOrigin.Cell, part, sheet, null, cell.Text) { Row = cell.Row, Column = cell.Column };
            }

            if (!string.IsNullOrEmpty(cell.Formula))
            {
                yield return new WorkbookText(WorkbookTextOrigin.Formula, part, sheet, null, cell.Formula) { Row = cell.Row, Column = cell.Column };
            }
        }
    }

    private WorkbookText Text(WorkbookTextOrigin origin, string part, string? sheet, string raw)
    {
        var text = OoxmlText.Decode(raw);
        if (text.Length > _maxLength)
        {
            throw TooLong(part);
        }

        return new WorkbookText(origin, part, sheet, null, text);
    }

    private XlsxRejectedException TooLong(string part)
    {
        var detail = FormattableString.Invariant($"A text is longer than {_maxLength} characters.");
        return XlsxPackage.Reject(WorkbookProblem.StringTooLong(_maxLength, detail) with { Part = part });
    }
}
