using System.Globalization;

namespace Spm.Core.Workbooks;

/// <summary>Excel date serials and date text, by explicit rules.</summary>
public static class ExcelDate
{
    private static readonly DateOnly Epoch1900 = new(1899, 12, 31);
    private static readonly DateOnly Epoch1904 = new(1904, 1, 1);
    private static readonly string[] TextFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    /// <summary>
    /// Converts a serial to a date, dropping any time of day. In the 1900 system serial 1 is
    /// 1900-01-01 and serial 60 is Excel's fictitious 1900-02-29 (inherited from Lotus 1-2-3),
    /// which is rejected; later serials are shifted back one day to match. In the 1904 system
    /// serial 0 is 1904-01-01. Serials before day 1 (pure times) and past 9999-12-31 are rejected.
    /// </summary>
    public static bool TryFromSerial(double serial, bool uses1904DateSystem, out DateOnly date)
    {
        date = default;
        if (!double.IsFinite(serial) || serial < 0 || serial >= 3_000_000)
        {
            return false;
        }

        var days = (int)Math.Floor(serial);
        if (uses1904DateSystem)
        {
            return TryAddDays(Epoch1904, days, out date);
        }

        if (days is 0 or 60)
        {
            return false;
        }

        return TryAddDays(Epoch1900, days < 60 ? days : days - 1, out date);
    }

    /// <summary>The 1900-system serial for a date (for writing templates and tests).</summary>
    public static int ToSerial(DateOnly date)
    {
        var days = date.DayNumber - Epoch1900.DayNumber;
        return days < 60 ? days : days + 1;
    }

    /// <summary>Parses date text: <c>dd.MM.yyyy</c>, <c>d.M.yyyy</c> or ISO <c>yyyy-MM-dd</c>, with an ISO time part ignored.</summary>
    public static bool TryParseText(string? text, out DateOnly date)
    {
        var normal = CellText.Normalize(text).AsSpan();
        var time = normal.IndexOf('T');
        if (time == 10)
        {
            normal = normal[..time];
        }

        return DateOnly.TryParseExact(normal, TextFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>
    /// The 1900-system serial of an ISO 8601 date, date-time or time (a <c>t="d"</c> cell's value), time of day
    /// included; a time alone is Excel's day 0.
    /// </summary>
    public static bool TryParseIsoSerial(string? text, out double serial)
    {
        serial = 0;
        const DateTimeStyles Styles = DateTimeStyles.NoCurrentDateDefault | DateTimeStyles.AllowWhiteSpaces
            | DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, Styles, out var moment))
        {
            return false;
        }

        var date = DateOnly.FromDateTime(moment);
        serial = (date == DateOnly.MinValue ? 0 : ToSerial(date)) + (moment.TimeOfDay.TotalSeconds / 86_400);
        return true;
    }

    private static bool TryAddDays(DateOnly epoch, int days, out DateOnly date)
    {
        date = default;
        if (days > DateOnly.MaxValue.DayNumber - epoch.DayNumber)
        {
            return false;
        }

        date = epoch.AddDays(days);
        return true;
    }
}
