using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using Spm.Core.Catalog;

namespace Spm.Catalog.Extraction;

/// <summary>One table cell of the decree as the web page conversion left it: its paragraphs and first line.</summary>
internal sealed record DecreeCell(int Line, IReadOnlyList<string> Paragraphs, bool NumberMissing = false)
{
    public string Text => string.Join(' ', Paragraphs);

    public bool IsEmpty => Paragraphs.Count == 0;

    public override string ToString() => $"line {Line}: «{Text}»";
}

/// <summary>
/// Splits the converted decree into cells. The conversion puts every table cell after a line that holds
/// only white space with a tab; paragraphs inside a cell are separated by blank lines.
/// </summary>
internal static partial class DecreeCells
{
    public static List<DecreeCell> Split(string text)
    {
        var cells = new List<DecreeCell>();
        var paragraphs = new List<string>();
        var start = 1;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Contains('\t', StringComparison.Ordinal) && string.IsNullOrWhiteSpace(line))
            {
                cells.Add(new DecreeCell(start, paragraphs));
                paragraphs = [];
                start = i + 2;
                continue;
            }

            var clean = Clean(line);
            if (clean.Length > 0)
            {
                paragraphs.Add(clean);
            }
        }

        cells.Add(new DecreeCell(start, paragraphs));
        return cells;
    }

    /// <summary>Trims, turns no-break spaces into spaces and collapses runs of white space.</summary>
    public static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var ch in s)
        {
            if (ch is '\u00AD' or '\u200B' or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(ch) || ch == '\u00A0')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Reads a numeric cell. The conversion splits numbers over paragraphs ("76" / "291,3" is 76 291,3 and
    /// "100," / "0" is 100,0), so the leading numeric fragments are joined; the «**» marker and any text after
    /// the number ("оның ішінде: …") are not part of it. Comma is the decimal separator.
    /// </summary>
    public static decimal? ReadNumber(DecreeCell cell, out bool revisable)
    {
        revisable = cell.Paragraphs.Any(p => p.Contains("**", StringComparison.Ordinal));
        var digits = new StringBuilder();
        foreach (var paragraph in cell.Paragraphs)
        {
            var p = paragraph.Replace("*", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
            if (p.Length == 0)
            {
                continue;
            }

            if (!NumericFragment().IsMatch(p))
            {
                break;
            }

            digits.Append(p);
        }

        if (digits.Length == 0)
        {
            return null;
        }

        var s = digits.ToString().Replace(',', '.');
        if (s.EndsWith('.'))
        {
            s = s[..^1];
        }

        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"Not a number: {cell}");
    }

    public static bool IsNumeric(DecreeCell cell) =>
        cell.Paragraphs.Count > 0
        && NumericFragment().IsMatch(cell.Paragraphs[0].Replace("*", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));

    [GeneratedRegex(@"^\d[\d,]*$|^,\d+$")]
    private static partial Regex NumericFragment();
}
