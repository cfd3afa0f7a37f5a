using System.Globalization;
using System.Xml;
using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Xlsx;

/// <summary>
/// Reads styles.xml only far enough to know which cell styles format numbers as dates or percents, and which number
/// formats can show text of their own: a cell style's, or a conditional format's (a differential style, <c>dxf</c>).
/// </summary>
internal static class StyleTable
{
    // Excel allows about 64,000 cell formats; far more is a crafted file.
    private const int MaxCellFormats = 200_000;

    // styleSheet/numFmts/numFmt: the formats cell styles use; any other numFmt belongs to a differential style.
    private const int CellNumberFormatDepth = 2;

    /// <summary>
    /// Per cell style: what its number format says about numbers, and its code when it shows text of its own; and the
    /// codes of the conditional formats' number formats that show text of their own.
    /// </summary>
    /// <remarks>
    /// A differential style's number format has an id of its own that may repeat a cell format's: it is kept apart, so
    /// that it can neither replace the format a cell shows nor go unseen.
    /// </remarks>
    public static (CellFormat[] Formats, string?[] DisplayFormats, string[] ConditionalFormats) Read(XlsxPackage package, string part)
    {
        var custom = new Dictionary<int, string>();
        var conditional = new HashSet<string>(StringComparer.Ordinal);
        var formatIds = new List<int>();
        using var xml = package.OpenXml(part);
        var cellXfsDepth = -1;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == cellXfsDepth)
            {
                cellXfsDepth = -1;
                continue;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "numFmt" when xml.Depth != CellNumberFormatDepth:
                    if (xml.GetAttribute("formatCode") is { } shown && NumberFormatText.ShowsText(shown) && conditional.Count < MaxCellFormats)
                    {
                        conditional.Add(shown);
                    }

                    break;
                case "numFmt" when TryInt(xml.GetAttribute("numFmtId"), out var id) && custom.Count < MaxCellFormats:
                    custom[id] = xml.GetAttribute("formatCode") ?? string.Empty;
                    break;
                case "cellXfs" when !xml.IsEmptyElement:
                    cellXfsDepth = xml.Depth;
                    break;
                case "xf" when cellXfsDepth >= 0 && xml.Depth == cellXfsDepth + 1:
                    if (formatIds.Count >= MaxCellFormats)
                    {
                        throw XlsxPackage.Reject(WorkbookProblem.Corrupt("Too many cell formats.") with { Part = part });
                    }

                    formatIds.Add(TryInt(xml.GetAttribute("numFmtId"), out var formatId) ? formatId : 0);
                    break;
            }
        }

        var formats = formatIds.Select(id => Classify(id, custom.GetValueOrDefault(id))).ToArray();
        var display = formatIds.Select(id => custom.GetValueOrDefault(id) is { } code && NumberFormatText.ShowsText(code) ? code : null).ToArray();
        return (formats, display, [.. conditional]);
    }

    /// <summary>Classifies a number format by its built-in id or its format code.</summary>
    public static CellFormat Classify(int id, string? code)
    {
        if (code is null)
        {
            return id switch
            {
                >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58 => CellFormat.Date,
                9 or 10 => CellFormat.Percent,
                _ => CellFormat.General,
            };
        }

        var section = code.AsSpan();
        var isDate = false;
        var isPercent = false;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            switch (c)
            {
                case ';':
                    i = section.Length; // only the first section decides
                    break;
                case '"':
                    var close = section[(i + 1)..].IndexOf('"');
                    i = close < 0 ? section.Length : i + 1 + close;
                    break;
                case '\\' or '_' or '*':
                    i++; // the next character is literal or padding
                    break;
                case '[':
                    var end = section[(i + 1)..].IndexOf(']');
                    var inner = end < 0 ? [] : section.Slice(i + 1, end);

                    // [h], [mm], [ss] are elapsed times; colours, conditions and locales are not.
                    isDate |= inner.Length > 0 && inner.Trim("hHmMsS").IsEmpty;
                    i = end < 0 ? section.Length : i + 1 + end;
                    break;
                case 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' or 'h' or 'H' or 's' or 'S':
                    isDate = true;
                    break;
                case '%':
                    isPercent = true;
                    break;
            }
        }

        return isDate ? CellFormat.Date : isPercent ? CellFormat.Percent : CellFormat.General;
    }

    private static bool TryInt(string? value, out int result) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result);
}
