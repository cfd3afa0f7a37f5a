using System.Globalization;

namespace Spm.Core.Workbooks;

/// <summary>A1-style cell references: column letters and row numbers.</summary>
public static class CellReference
{
    /// <summary>Excel's last column, XFD.</summary>
    public const int MaxColumn = 16_384;

    /// <summary>Excel's last row.</summary>
    public const int MaxRow = 1_048_576;

    /// <summary>Formats 1-based column and row as <c>E14</c>.</summary>
    public static string Format(int column, int row)
    {
        // One allocation: this runs for every finding and every located screen match.
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        Span<char> buffer = stackalloc char[24];
        var letters = WriteColumnName(column, buffer);
        if (!row.TryFormat(buffer[letters..], out var digits, provider: CultureInfo.InvariantCulture))
        {
            return string.Concat(ColumnName(column), row.ToString(CultureInfo.InvariantCulture));
        }

        return new string(buffer[..(letters + digits)]);
    }

    // Writes the column letters at the start of the buffer; returns how many.
    private static int WriteColumnName(int column, Span<char> buffer)
    {
        Span<char> reversed = stackalloc char[8];
        var count = 0;
        while (column > 0)
        {
            column--;
            reversed[count++] = (char)('A' + (column % 26));
            column /= 26;
        }

        for (var i = 0; i < count; i++)
        {
            buffer[i] = reversed[count - 1 - i];
        }

        return count;
    }

    /// <summary>Column letters for a 1-based column: 1 → A, 27 → AA.</summary>
    public static string ColumnName(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        Span<char> buffer = stackalloc char[8];
        var position = buffer.Length;
        while (column > 0)
        {
            column--;
            buffer[--position] = (char)('A' + (column % 26));
            column /= 26;
        }

        return new string(buffer[position..]);
    }

    /// <summary>Parses <c>E14</c> (or <c>$E$14</c>) into 1-based column and row within Excel's grid.</summary>
    public static bool TryParse(ReadOnlySpan<char> reference, out int column, out int row)
    {
        column = 0;
        row = 0;
        var i = 0;
        if (i < reference.Length && reference[i] == '$')
        {
            i++;
        }

        var letters = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]) && letters < 3)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
            letters++;
        }

        if (i < reference.Length && reference[i] == '$')
        {
            i++;
        }

        var digits = 0;
        while (i < reference.Length && char.IsAsciiDigit(reference[i]) && digits < 8)
        {
            row = (row * 10) + (reference[i] - '0');
            i++;
            digits++;
        }

        return letters > 0 && digits > 0 && i == reference.Length
            && column <= MaxColumn && row is >= 1 and <= MaxRow;
    }

    /// <summary>Parses the column letters at the start of a reference (<c>E</c>, <c>E14</c>), ignoring the row part.</summary>
    public static bool TryParseColumn(ReadOnlySpan<char> reference, out int column)
    {
        column = 0;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]) && i < 3)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }

        return i > 0 && column <= MaxColumn;
    }
}
