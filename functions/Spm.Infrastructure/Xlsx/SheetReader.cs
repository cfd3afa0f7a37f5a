using System.Globalization;
using System.Text;
using System.Xml;
using Spm.Core.Screening;
using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Xlsx;

/// <summary>A sheet listed in workbook.xml with the part that holds its cells (null for chart sheets and the like).</summary>
internal sealed record SheetEntry(WorkbookSheet Sheet, string? Part);

/// <summary>Streams the rows of one worksheet part with XmlReader: no DOM, memory flat in row count.</summary>
internal sealed class SheetReader(
    XlsxPackage package, SheetEntry sheet, IReadOnlyList<string> sharedStrings, CellFormat[] formats, string?[] displayFormats, string[] conditionalFormats)
{
    private const int EscapeExpansion = 7;

    private readonly WorkbookLimits _limits = package.Limits;

    // Attribute values and shared string indexes are read into this buffer, not into new strings:
    // about half of what a row used to allocate.
    private readonly char[] _chunk = new char[32];
    private readonly string _part = sheet.Part ?? string.Empty;
    private readonly string _name = sheet.Sheet.Name;

    // Phonetic guides of inline strings, collected only while a screen reads along, handed to it after their row.
    private readonly List<(int Row, int Column, string Text)> _phoneticGuides = [];
    private StringBuilder? _phonetic;

    /// <summary>
    /// Opens the part and yields its rows that hold values, hidden ones included. With a <paramref name="screen"/>, the
    /// same pass hands the screen every row and every other text of the part (header and footer, validations,
    /// hyperlinks…), reading to the end of the part: the sheet is read once for both.
    /// </summary>
    public IEnumerable<WorkbookRow> ReadRows(IScreeningSink? screen = null)
    {
        if (sheet.Part is null)
        {
            yield break;
        }

        var names = new SpreadsheetNames();
        using var xml = package.OpenXml(_part, names.Table);
        var walker = screen is null ? null : new XmlTextWalker(screen, _part, _name, WorkbookTextOrigin.Other, _limits.MaxStringLength);
        _phonetic = screen is null ? null : new StringBuilder();
        bool[]? hiddenColumns = null;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.Depth != 1)
            {
                continue;
            }

            if (ReferenceEquals(xml.LocalName, names.Cols))
            {
                hiddenColumns = ReadHiddenColumns(xml, names, hiddenColumns);
            }
            else if (ReferenceEquals(xml.LocalName, names.SheetData))
            {
                if (!xml.IsEmptyElement)
                {
                    foreach (var row in ReadRowsFrom(xml, names, hiddenColumns))
                    {
                        screen?.Row(_name, row);
                        ScreenConditionalFormats(screen, row);
                        ScreenPhoneticGuides(screen);
                        yield return row;
                    }
                }

                if (screen is null)
                {
                    yield break;
                }
            }
            else
            {
                walker?.Walk(xml, element: true);
            }
        }
    }

    /// <summary>
    /// A conditional format can show a cell under its own number format (<c>"M-"0</c> shows 21 as M-21) whenever its
    /// condition holds, which only calculation tells: every value cell is screened once more under each such format.
    /// </summary>
    private void ScreenConditionalFormats(IScreeningSink? screen, WorkbookRow row)
    {
        if (screen is null || conditionalFormats.Length == 0)
        {
            return;
        }

        foreach (var format in conditionalFormats)
        {
            screen.Row(_name, row with { Cells = [.. row.Cells.Select(c => c with { NumberFormat = format })] });
        }
    }

    /// <summary>An inline string's phonetic guide is shown above its text: screened at the cell, like the text.</summary>
    private void ScreenPhoneticGuides(IScreeningSink? screen)
    {
        foreach (var (row, column, text) in _phoneticGuides)
        {
            screen?.Text(new WorkbookText(WorkbookTextOrigin.Cell, _part, _name, null, text) { Row = row, Column = column });
        }

        _phoneticGuides.Clear();
    }

    /// <summary>Yields rows from a reader on a non-empty <c>sheetData</c> start; leaves it on the end tag.</summary>
    public IEnumerable<WorkbookRow> ReadRowsFrom(XmlReader xml, SpreadsheetNames names, bool[]? hiddenColumns)
    {
        var sheetDataDepth = xml.Depth;
        var rows = 0;
        long cells = 0;
        var lastRow = 0;
        var text = new StringBuilder();
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == sheetDataDepth)
            {
                yield break;
            }

            if (xml.NodeType != XmlNodeType.Element || !ReferenceEquals(xml.LocalName, names.Row))
            {
                continue;
            }

            if (++rows > _limits.MaxRowsPerSheet)
            {
                throw XlsxPackage.Reject(WorkbookProblem.TooManyRows(_name, _limits.MaxRowsPerSheet) with { Part = _part });
            }

            var (index, hidden) = ReadRowAttributes(xml, names, lastRow);
            lastRow = index;
            if (xml.IsEmptyElement)
            {
                continue;
            }

            var rowDepth = xml.Depth;
            List<WorkbookCell>? list = null;
            var lastColumn = 0;
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == rowDepth)
                {
                    break;
                }

                if (xml.NodeType != XmlNodeType.Element || !ReferenceEquals(xml.LocalName, names.Cell))
                {
                    continue;
                }

                if (++cells > _limits.MaxCellsPerSheet)
                {
                    throw XlsxPackage.Reject(WorkbookProblem.TooManyCells(_name, _limits.MaxCellsPerSheet) with { Part = _part });
                }

                var (cell, column) = ReadCell(xml, names, index, lastColumn, hidden, hiddenColumns, text);
                lastColumn = column;
                if (cell is { } value)
                {
                    (list ??= new List<WorkbookCell>(8)).Add(value);
                }
            }

            if (list is not null)
            {
                yield return new WorkbookRow(index, hidden, list);
            }
        }
    }

    /// <summary>Reads a <c>cols</c> element into a hidden-column map (index = 1-based column).</summary>
    public static bool[]? ReadHiddenColumns(XmlReader xml, SpreadsheetNames names, bool[]? hidden)
    {
        if (xml.IsEmptyElement)
        {
            return hidden;
        }

        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element || !ReferenceEquals(xml.LocalName, names.Col))
            {
                continue;
            }

            var isHidden = IsTrue(xml.GetAttribute("hidden")) || IsZero(xml.GetAttribute("width"));
            if (!isHidden
                || !int.TryParse(xml.GetAttribute("min"), NumberStyles.None, CultureInfo.InvariantCulture, out var min)
                || !int.TryParse(xml.GetAttribute("max"), NumberStyles.None, CultureInfo.InvariantCulture, out var max))
            {
                continue;
            }

            hidden ??= new bool[CellReference.MaxColumn + 1];
            for (var column = Math.Max(min, 1); column <= Math.Min(max, CellReference.MaxColumn); column++)
            {
                hidden[column] = true;
            }
        }

        return hidden;
    }

    private static bool IsTrue(string? value) => value is "1" or "true";

    private static bool IsZero(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == 0;

    private (int Index, bool Hidden) ReadRowAttributes(XmlReader xml, SpreadsheetNames names, int lastRow)
    {
        var index = lastRow + 1;
        var hidden = false;
        while (xml.MoveToNextAttribute())
        {
            var name = xml.LocalName;
            if (ReferenceEquals(name, names.R))
            {
                if (!int.TryParse(Chunk(xml), NumberStyles.None, CultureInfo.InvariantCulture, out index))
                {
                    index = -1;
                }
            }
            else if (ReferenceEquals(name, names.Hidden))
            {
                hidden |= IsTrue(xml.Value);
            }
            else if (ReferenceEquals(name, names.Height))
            {
                // A zero-height row is as hidden as a hidden one.
                hidden |= IsZero(xml.Value);
            }
        }

        xml.MoveToElement();
        if (index is < 1 or > CellReference.MaxRow)
        {
            throw XlsxPackage.Reject(WorkbookProblem.Corrupt("Row number outside the sheet grid.") with { Part = _part, Sheet = _name });
        }

        return (index, hidden);
    }

    private (WorkbookCell? Cell, int Column) ReadCell(
        XmlReader xml, SpreadsheetNames names, int row, int lastColumn, bool rowHidden, bool[]? hiddenColumns, StringBuilder text)
    {
        var column = lastColumn + 1;
        var type = CellType.Number;
        var style = 0;
        while (xml.MoveToNextAttribute())
        {
            var name = xml.LocalName;
            if (ReferenceEquals(name, names.R))
            {
                if (!CellReference.TryParse(Chunk(xml), out column, out _))
                {
                    column = -1;
                }
            }
            else if (ReferenceEquals(name, names.Text))
            {
                type = TypeOf(Chunk(xml));
            }
            else if (ReferenceEquals(name, names.S))
            {
                _ = int.TryParse(Chunk(xml), NumberStyles.None, CultureInfo.InvariantCulture, out style);
            }
        }

        xml.MoveToElement();
        if (column is < 1 or > CellReference.MaxColumn)
        {
            throw XlsxPackage.Reject(WorkbookProblem.Corrupt("Cell reference outside the sheet grid.") with { Part = _part, Sheet = _name });
        }

        if (xml.IsEmptyElement)
        {
            return (null, column);
        }

        var rawLimit = (int)Math.Min((long)_limits.MaxStringLength * EscapeExpansion, int.MaxValue);
        var depth = xml.Depth;
        string? value = null;
        string? formula = null;
        string? inline = null;
        var sharedIndex = -2; // -2: no <v>, -1: an unreadable one
        var tooLong = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
            {
                break;
            }

            if (xml.NodeType != XmlNodeType.Element || xml.Depth != depth + 1)
            {
                continue;
            }

            var name = xml.LocalName;
            if (ReferenceEquals(name, names.Value) && type == CellType.Shared)
            {
                sharedIndex = ReadIndex(xml);
            }
            else if (ReferenceEquals(name, names.Value))
            {
                value = RichText.ReadSimple(xml, rawLimit);
                tooLong |= value is null;
            }
            else if (ReferenceEquals(name, names.Formula))
            {
                formula = RichText.ReadSimple(xml, rawLimit);
                tooLong |= formula is null;
            }
            else if (ReferenceEquals(name, names.InlineString))
            {
                inline = RichText.Read(xml, names, text, rawLimit, _phonetic?.Clear());
                tooLong |= inline is null;
                if (_phonetic is { Length: > 0 })
                {
                    _phoneticGuides.Add((row, column, _phonetic.ToString()));
                }
            }
        }

        if (tooLong)
        {
            throw TooLong(row, column);
        }

        var (kind, cellText) = type == CellType.Shared
            ? Shared(sharedIndex, formula is not null, row, column)
            : Interpret(type, value, inline, formula is not null, row, column);
        if (cellText is null)
        {
            return (null, column);
        }

        if (cellText.Length > _limits.MaxStringLength || formula?.Length > _limits.MaxStringLength)
        {
            throw TooLong(row, column);
        }

        var cell = new WorkbookCell(row, column, kind, cellText)
        {
            Formula = formula,
            Format = (uint)style < (uint)formats.Length ? formats[style] : CellFormat.General,
            NumberFormat = (uint)style < (uint)displayFormats.Length ? displayFormats[style] : null,
            IsRowHidden = rowHidden,
            IsColumnHidden = hiddenColumns is not null && hiddenColumns[column],
        };
        return (cell, column);
    }

    /// <summary>The cell type attribute; absent means a number.</summary>
    private enum CellType
    {
        Number,
        Shared,
        Inline,
        FormulaString,
        Boolean,
        Error,
        IsoDate,
        Unknown,
    }

    private static CellType TypeOf(ReadOnlySpan<char> type) => type switch
    {
        "s" => CellType.Shared,
        "n" => CellType.Number,
        "inlineStr" => CellType.Inline,
        "str" => CellType.FormulaString,
        "b" => CellType.Boolean,
        "e" => CellType.Error,
        "d" => CellType.IsoDate,
        _ => CellType.Unknown,
    };

    /// <summary>An attribute's value, read into the scratch buffer; one too long for any valid r, s or t reads as "?".</summary>
    private ReadOnlySpan<char> Chunk(XmlReader xml)
    {
        var read = xml.ReadValueChunk(_chunk, 0, _chunk.Length);
        return read < _chunk.Length ? _chunk.AsSpan(0, read) : "?";
    }

    /// <summary>Reads a shared string index from <c>&lt;v&gt;</c> without making a string; -1 when it is not a number.</summary>
    private int ReadIndex(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return -2;
        }

        var depth = xml.Depth;
        var index = -2;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                var read = xml.ReadValueChunk(_chunk, 0, _chunk.Length);
                index = read < _chunk.Length
                    && int.TryParse(_chunk.AsSpan(0, read).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed : -1;
            }
        }

        return index;
    }

    private (CellKind Kind, string? Text) Shared(int index, bool hasFormula, int row, int column)
    {
        if (index == -2)
        {
            return Blank(hasFormula);
        }

        if ((uint)index >= (uint)sharedStrings.Count)
        {
            throw XlsxPackage.Reject(WorkbookProblem.Corrupt("Shared string index out of range.") with
            {
                Part = _part,
                Sheet = _name,
                Cell = CellReference.Format(column, row),
            });
        }

        return (CellKind.SharedString, sharedStrings[index]);
    }

    /// <summary>The kind and text of a non-shared cell from its type and children; null text for an empty cell.</summary>
    private (CellKind Kind, string? Text) Interpret(CellType type, string? value, string? inline, bool hasFormula, int row, int column)
    {
        // openpyxl writes formulas with an empty <v/>: no cached value rather than an empty number.
        if (value is { Length: 0 } && type != CellType.FormulaString)
        {
            value = null;
        }

        return type switch
        {
            CellType.Number => value is null ? Blank(hasFormula) : (CellKind.Number, value),
            CellType.Inline => inline is not null ? (CellKind.InlineString, OoxmlText.Decode(inline))
                : value is not null ? (CellKind.InlineString, OoxmlText.Decode(value))
                : Blank(hasFormula),
            CellType.FormulaString => (CellKind.FormulaString, OoxmlText.Decode(value ?? string.Empty)),
            CellType.Boolean => value is null ? Blank(hasFormula) : (CellKind.Boolean, value),
            CellType.Error => value is null ? Blank(hasFormula) : (CellKind.Error, value),
            CellType.IsoDate => value is null ? Blank(hasFormula) : (CellKind.IsoDate, value),
            _ => throw XlsxPackage.Reject(WorkbookProblem.Corrupt("Unknown cell type.") with
            {
                Part = _part,
                Sheet = _name,
                Cell = CellReference.Format(column, row),
            }),
        };
    }

    private static (CellKind, string?) Blank(bool hasFormula) => (CellKind.Blank, hasFormula ? string.Empty : null);

    private XlsxRejectedException TooLong(int row, int column) =>
        XlsxPackage.Reject(WorkbookProblem.StringTooLong(_name, CellReference.Format(column, row), _limits.MaxStringLength) with { Part = _part });
}
