using System.Globalization;

namespace Spm.Core.Workbooks;

/// <summary>Parses numbers by explicit rules that do not depend on the machine's culture.</summary>
/// <remarks>
/// Rules for typed text (<see cref="TryParse"/>), after <see cref="CellText.Normalize"/>:
/// <list type="bullet">
/// <item>An optional sign first: <c>-</c>, <c>+</c>, or a Unicode minus or dash (U+2212, U+2012, U+2013, U+FE63, U+FF0D).</item>
/// <item>An optional <c>%</c> last, dropped: "12,5%" is 12.5, in the units the person wrote.</item>
/// <item>Only ASCII digits and the separators space, comma and dot in between; no exponents.</item>
/// <item>A separator that occurs once, and is the only kind of comma or dot present, is the
/// decimal separator: "12,5" and "12.5" are 12.5, and "1,234" is 1.234 because in Kazakh and
/// Russian practice the comma is decimal.</item>
/// <item>Thousands separators are recognised only where unambiguous: spaces (no-break and
/// narrow no-break spaces become spaces first), a comma or dot that occurs more than once
/// ("1.234.567"), or a comma and a dot together, where the last one is decimal
/// ("1,234.5" and "1.234,5" are both 1234.5).</item>
/// <item>Thousands groups must be well formed: 1–3 digits, then groups of exactly 3.
/// Two kinds of thousands separator together ("1 234,567.5") are rejected.</item>
/// <item>A leading decimal separator is allowed (",5" is 0.5), a trailing one is not ("5,").</item>
/// </list>
/// </remarks>
public static class CellNumber
{
    /// <summary>Parses a number typed as text by the rules above; false for anything else.</summary>
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        var normal = CellText.Normalize(text).AsSpan();
        var negative = false;
        if (normal.Length > 0 && IsSign(normal[0], out negative))
        {
            normal = normal[1..].TrimStart(' ');
        }

        if (normal.Length > 0 && normal[^1] == '%')
        {
            normal = normal[..^1].TrimEnd(' ');
        }

        if (!TryFindSeparators(normal, out var decimalSeparator, out var thousandsSeparator))
        {
            return false;
        }

        var decimalAt = decimalSeparator == '\0' ? -1 : normal.LastIndexOf(decimalSeparator);
        var integer = decimalAt < 0 ? normal : normal[..decimalAt];
        var fraction = decimalAt < 0 ? [] : normal[(decimalAt + 1)..];
        if ((decimalAt >= 0 && fraction.IsEmpty) || (integer.IsEmpty && fraction.IsEmpty) || !IsDigits(fraction))
        {
            return false;
        }

        Span<char> digits = stackalloc char[Math.Min(normal.Length + 2, 256)];
        if (normal.Length + 2 > digits.Length || !TryCopyGroups(integer, thousandsSeparator, digits, out var written))
        {
            return false;
        }

        if (written == 0)
        {
            digits[written++] = '0';
        }

        if (!fraction.IsEmpty)
        {
            digits[written++] = '.';
            fraction.CopyTo(digits[written..]);
            written += fraction.Length;
        }

        if (!decimal.TryParse(digits[..written], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    /// <summary>
    /// Parses a number as Excel stores it in <c>&lt;v&gt;</c>: invariant, dot decimal, optional exponent.
    /// Rounded to 15 significant digits, Excel's precision, so 0.1+0.2 reads as 0.3.
    /// </summary>
    public static bool TryParseStored(string? raw, out decimal value)
    {
        value = 0;
        if (!TryParseStoredDouble(raw, out var number) || Math.Abs(number) >= 7.9e28)
        {
            return false;
        }

        // The double-to-decimal conversion rounds to 15 significant digits, which is what Excel shows.
        value = (decimal)number;
        return true;
    }

    /// <summary>Parses a stored number as a double (for date serials).</summary>
    public static bool TryParseStoredDouble(string? raw, out double value) =>
        double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static bool IsSign(char c, out bool negative)
    {
        negative = c is '-' or '\u2212' or '\u2012' or '\u2013' or '\uFE63' or '\uFF0D';
        return negative || c == '+';
    }

    private static bool TryFindSeparators(ReadOnlySpan<char> text, out char decimalSeparator, out char thousandsSeparator)
    {
        decimalSeparator = '\0';
        thousandsSeparator = '\0';
        int commas = 0, dots = 0, spaces = 0, lastComma = -1, lastDot = -1;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case ',':
                    commas++;
                    lastComma = i;
                    break;
                case '.':
                    dots++;
                    lastDot = i;
                    break;
                case ' ':
                    spaces++;
                    break;
                case >= '0' and <= '9':
                    break;
                default:
                    return false;
            }
        }

        if (commas > 0 && dots > 0)
        {
            decimalSeparator = lastComma > lastDot ? ',' : '.';
            thousandsSeparator = lastComma > lastDot ? '.' : ',';
            if ((decimalSeparator == ',' ? commas : dots) != 1)
            {
                return false;
            }
        }
        else if (commas == 1 || dots == 1)
        {
            decimalSeparator = commas == 1 ? ',' : '.';
        }
        else if (commas > 1 || dots > 1)
        {
            thousandsSeparator = commas > 1 ? ',' : '.';
        }

        if (spaces > 0)
        {
            if (thousandsSeparator != '\0')
            {
                return false;
            }

            thousandsSeparator = ' ';
        }

        return true;
    }

    private static bool TryCopyGroups(ReadOnlySpan<char> integer, char separator, Span<char> destination, out int written)
    {
        written = 0;
        if (separator == '\0' || integer.IndexOf(separator) < 0)
        {
            if (!IsDigits(integer))
            {
                return false;
            }

            integer.CopyTo(destination);
            written = integer.Length;
            return true;
        }

        var first = true;
        foreach (var range in integer.Split(separator))
        {
            var group = integer[range];
            var fits = first ? group.Length is >= 1 and <= 3 : group.Length == 3;
            if (!fits || !IsDigits(group))
            {
                return false;
            }

            group.CopyTo(destination[written..]);
            written += group.Length;
            first = false;
        }

        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
