using System.Globalization;
using System.Text;

namespace Spm.Core.Workbooks;

/// <summary>
/// What a cell shows under a custom number format, as far as the classified-content screen needs it: the format's
/// literal text (quoted, escaped, fill and currency text) around the value as the placeholders render it. A format
/// <c>"M-"0</c> shows 21 as <c>M-21</c>; the stored cell holds only the number.
/// </summary>
/// <remarks>
/// An approximation of Excel's renderer, on purpose: sections (positive; negative; zero; text) are chosen by sign
/// (conditions are not evaluated), digit placeholders print the value once (zero-padded, rounded to the format's
/// decimals, scaled by <c>%</c> and trailing commas), date and time tokens print the date's numbers (a time alone is
/// day 0, 1900-01-00, as Excel shows it; <c>AM/PM</c> makes the clock 12-hour), elapsed time (<c>[h]</c>, <c>[mm]</c>,
/// <c>[ss]</c>) prints the whole duration in its unit, and a fill (<c>*x</c>) prints its character once. Thousands
/// separators are not inserted.
/// </remarks>
public static class NumberFormatText
{
    private const long SecondsPerDay = 86_400;

    /// <summary>Whether a format code can show text of its own, so that its cells must be rendered for the screen.</summary>
    public static bool ShowsText(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            switch (c)
            {
                case '"' or '\\' or '*':
                    return true;
                case '[':
                    if (i + 1 < code.Length && code[i + 1] == '$')
                    {
                        return true;
                    }

                    var end = code.IndexOf(']', i);
                    i = end < 0 ? code.Length : end;
                    break;
                default:
                    if (char.IsLetter(c) && !IsTokenLetter(code, i))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary>Renders a number cell's value under the format.</summary>
    public static string Render(string code, double value, bool uses1904DateSystem)
    {
        ArgumentNullException.ThrowIfNull(code);
        var sections = Sections(code);
        var section = sections[0];
        if (value < 0 && sections.Count >= 2 && sections[1].Length > 0)
        {
            section = sections[1];
            value = -value;
        }
        else if (value == 0 && sections.Count >= 3)
        {
            section = sections[2];
        }

        return RenderSection(section, value, null, uses1904DateSystem);
    }

    /// <summary>Renders a text cell under the format (its fourth section, or a single section with <c>@</c>).</summary>
    public static string RenderText(string code, string text)
    {
        ArgumentNullException.ThrowIfNull(code);
        var sections = Sections(code);
        var section = sections.Count >= 4 ? sections[3] : sections.Count == 1 && sections[0].Contains('@', StringComparison.Ordinal) ? sections[0] : null;
        return section is null ? text : RenderSection(section, 0, text, false);
    }

    private static List<string> Sections(string code)
    {
        var sections = new List<string>();
        var start = 0;
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    var close = code.IndexOf('"', i + 1);
                    i = close < 0 ? code.Length : close;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    var end = code.IndexOf(']', i);
                    i = end < 0 ? code.Length : end;
                    break;
                case ';':
                    sections.Add(code[start..i]);
                    start = i + 1;
                    break;
            }
        }

        sections.Add(code[Math.Min(start, code.Length)..]);
        return sections;
    }

    private static string RenderSection(string section, double value, string? text, bool uses1904)
    {
        var output = new StringBuilder();
        var isDate = IsDate(section);
        var date = isDate ? ToMoment(value, uses1904) : null;
        var twelveHour = isDate && (section.Contains("AM/PM", StringComparison.OrdinalIgnoreCase) || section.Contains("A/P", StringComparison.OrdinalIgnoreCase));
        var numberWritten = false;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            switch (c)
            {
                case '"':
                    var close = section.IndexOf('"', i + 1);
                    output.Append(section, i + 1, (close < 0 ? section.Length : close) - i - 1);
                    i = close < 0 ? section.Length : close;
                    break;
                case '\\' or '*':
                    if (i + 1 < section.Length)
                    {
                        output.Append(section[++i]);
                    }

                    break;
                case '_':
                    i++;
                    output.Append(' ');
                    break;
                case '[':
                    var end = section.IndexOf(']', i);
                    var inner = section.AsSpan(i + 1, (end < 0 ? section.Length : end) - i - 1);
                    if (inner.Length > 0 && inner[0] == '$')
                    {
                        var dash = inner.IndexOf('-');
                        output.Append(dash < 0 ? inner[1..] : inner[1..dash]);
                    }
                    else if (isDate && inner.Length > 0 && inner.Trim("hHmMsS").IsEmpty)
                    {
                        output.Append(Elapsed(char.ToLowerInvariant(inner[0]), value));
                    }

                    i = end < 0 ? section.Length : end;
                    break;
                case '@':
                    output.Append(text ?? Number(value, 0, 0, 1));
                    break;
                case '0' or '#' or '?' or '.' when !isDate:
                    var patternEnd = i;
                    while (patternEnd < section.Length && section[patternEnd] is '0' or '#' or '?' or '.' or ',' or '%' or 'E' or 'e' or '+' or '-')
                    {
                        patternEnd++;
                    }

                    if (!numberWritten)
                    {
                        output.Append(RenderNumber(section[i..patternEnd], value));
                        numberWritten = true;
                    }

                    i = patternEnd - 1;
                    break;
                default:
                    if (isDate && date is { } d && section.AsSpan(i).StartsWith("AM/PM", StringComparison.OrdinalIgnoreCase))
                    {
                        output.Append(d.Hour < 12 ? "AM" : "PM");
                        i += "AM/PM".Length - 1;
                    }
                    else if (isDate && date is { } h && section.AsSpan(i).StartsWith("A/P", StringComparison.OrdinalIgnoreCase))
                    {
                        output.Append(h.Hour < 12 ? 'A' : 'P');
                        i += "A/P".Length - 1;
                    }
                    else if (isDate && date is { } moment && IsDateToken(c))
                    {
                        var run = 1;
                        while (i + run < section.Length && char.ToLowerInvariant(section[i + run]) == char.ToLowerInvariant(c))
                        {
                            run++;
                        }

                        output.Append(DatePart(char.ToLowerInvariant(c), run, moment, twelveHour, section, i));
                        i += run - 1;
                    }
                    else if (section.AsSpan(i).StartsWith("General", StringComparison.OrdinalIgnoreCase))
                    {
                        output.Append(text ?? Number(value, 0, 0, 1));
                        i += "General".Length - 1;
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        return output.ToString();
    }

    private static string RenderNumber(string pattern, double value)
    {
        var dot = pattern.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? pattern : pattern[..dot];
        var decimals = dot < 0 ? 0 : pattern[(dot + 1)..].Count(c => c is '0' or '#' or '?');
        var minimumDigits = integerPart.Count(c => c == '0');
        var scale = 1.0;
        if (pattern.Contains('%', StringComparison.Ordinal))
        {
            scale *= 100;
        }

        for (var i = integerPart.Length - 1; i >= 0 && integerPart[i] == ','; i--)
        {
            scale /= 1000;
        }

        return Number(value, decimals, minimumDigits, scale) + (pattern.Contains('%', StringComparison.Ordinal) ? "%" : "");
    }

    private static string Number(double value, int decimals, int minimumDigits, double scale)
    {
        var scaled = Math.Round(value * scale, Math.Min(decimals, 15), MidpointRounding.AwayFromZero);
        var formatted = scaled.ToString(decimals == 0 && minimumDigits == 0 ? "0.###############" : "F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var integerDigits = formatted.IndexOf('.', StringComparison.Ordinal) is var d and >= 0 ? d : formatted.Length;
        return integerDigits < minimumDigits ? new string('0', minimumDigits - integerDigits) + formatted : formatted;
    }

    private static bool IsDate(string section)
    {
        for (var i = 0; i < section.Length; i++)
        {
            switch (section[i])
            {
                case '"':
                    var close = section.IndexOf('"', i + 1);
                    i = close < 0 ? section.Length : close;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    var end = section.IndexOf(']', i);
                    var inner = end < 0 ? "" : section[(i + 1)..end];
                    if (inner.Length > 0 && inner.AsSpan().Trim("hHmMsS").IsEmpty)
                    {
                        return true;
                    }

                    i = end < 0 ? section.Length : end;
                    break;
                default:
                    if (IsDateToken(section[i]))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    private static bool IsDateToken(char c) => char.ToLowerInvariant(c) is 'y' or 'm' or 'd' or 'h' or 's';

    private static bool IsTokenLetter(string code, int i)
    {
        var c = char.ToLowerInvariant(code[i]);
        if (IsDateToken(code[i]) || c is 'e' or 'b')
        {
            return true;
        }

        var rest = code.AsSpan(i);
        return rest.StartsWith("General", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("AM/PM", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("A/P", StringComparison.OrdinalIgnoreCase)
            || (i >= 1 && code.AsSpan(i - 1).StartsWith("AM/PM", StringComparison.OrdinalIgnoreCase))
            || (i >= 3 && code.AsSpan(i - 3).StartsWith("AM/PM", StringComparison.OrdinalIgnoreCase))
            || (i >= 4 && code.AsSpan(i - 4).StartsWith("AM/PM", StringComparison.OrdinalIgnoreCase))
            || (i >= 2 && code.AsSpan(i - 2).StartsWith("A/P", StringComparison.OrdinalIgnoreCase))
            || IsInsideWord(code, i, "General");
    }

    private static bool IsInsideWord(string code, int i, string word)
    {
        for (var start = Math.Max(0, i - word.Length + 1); start <= i; start++)
        {
            if (code.AsSpan(start).StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A date and time as Excel shows a serial, to the second.</summary>
    private readonly record struct Moment(int Year, int Month, int Day, DayOfWeek DayOfWeek, int Hour, int Minute, int Second);

    private static Moment? ToMoment(double serial, bool uses1904)
    {
        if (!double.IsFinite(serial) || serial < 0 || serial >= 3_000_000)
        {
            return null;
        }

        var seconds = (long)Math.Round((serial - Math.Floor(serial)) * SecondsPerDay, MidpointRounding.AwayFromZero);
        var days = (int)Math.Floor(serial) + (int)(seconds / SecondsPerDay);
        seconds %= SecondsPerDay;
        var (hour, minute, second) = ((int)(seconds / 3600), (int)(seconds / 60 % 60), (int)(seconds % 60));
        if (!uses1904 && days is 0 or 60)
        {
            // The 1900 system's day 0 (a time alone shows as 1900-01-00) and the 29 February 1900 it believes in.
            return days == 0 ? new(1900, 1, 0, DayOfWeek.Saturday, hour, minute, second) : new(1900, 2, 29, DayOfWeek.Wednesday, hour, minute, second);
        }

        return ExcelDate.TryFromSerial(days, uses1904, out var date)
            ? new(date.Year, date.Month, date.Day, date.DayOfWeek, hour, minute, second)
            : null;
    }

    /// <summary>Elapsed time (<c>[h]</c>, <c>[m]</c>, <c>[s]</c>): the whole duration in that unit, as Excel truncates it.</summary>
    private static string Elapsed(char unit, double value)
    {
        var seconds = Math.Round(value * SecondsPerDay, MidpointRounding.AwayFromZero);
        var whole = unit switch
        {
            'h' => Math.Floor(seconds / 3600),
            'm' => Math.Floor(seconds / 60),
            _ => seconds,
        };
        return double.IsFinite(whole) ? whole.ToString("0", CultureInfo.InvariantCulture) : "";
    }

    private static string DatePart(char token, int run, Moment date, bool twelveHour, string section, int at)
    {
        var minutes = token == 'm' && IsMinute(section, at);
        var value = token switch
        {
            'y' => run <= 2 ? date.Year % 100 : date.Year,
            'm' when minutes => date.Minute,
            'm' => date.Month,
            'd' => date.Day,
            'h' when twelveHour => date.Hour % 12 == 0 ? 12 : date.Hour % 12,
            'h' => date.Hour,
            's' => date.Second,
            _ => 0,
        };
        if (token == 'm' && !minutes && run >= 3)
        {
            return CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month);
        }

        if (token == 'd' && run >= 3)
        {
            return CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(date.DayOfWeek);
        }

        return value.ToString(run >= 2 ? "00" : "0", CultureInfo.InvariantCulture);
    }

    // "m" after an hour or before seconds is minutes.
    private static bool IsMinute(string section, int at)
    {
        var before = section.AsSpan(0, at).TrimEnd(":[]\"0123456789 ");
        var after = section.AsSpan(at).TrimStart("mM").TrimStart(":[]\" ");
        return (before.Length > 0 && char.ToLowerInvariant(before[^1]) == 'h') || (after.Length > 0 && char.ToLowerInvariant(after[0]) == 's');
    }
}
