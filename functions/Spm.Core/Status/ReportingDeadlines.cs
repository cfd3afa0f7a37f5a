namespace Spm.Core.Status;

/// <summary>
/// The time rule: a due date is a calendar date in the program's time zone, and a report is due by the end of it.
/// On the due date itself nothing is missing yet; from the next local day it is.
/// </summary>
public static class ReportingDeadlines
{
    /// <summary>The program's zone by its IANA id, with its history (Asia/Almaty: UTC+6 until 1 March 2024, UTC+5 since).</summary>
    public static TimeZoneInfo Zone(string ianaId) => TimeZoneInfo.FindSystemTimeZoneById(ianaId);

    /// <summary>The calendar date in the zone at an instant.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    /// <summary>Whether a report due on <paramref name="due"/> is overdue on the local date <paramref name="today"/>.</summary>
    public static bool IsPastDue(DateOnly due, DateOnly today) => today > due;

    /// <summary>Whole local days from <paramref name="due"/> to <paramref name="date"/> (negative before it).</summary>
    public static int DaysAfter(DateOnly due, DateOnly date) => date.DayNumber - due.DayNumber;

    /// <summary>The first instant (UTC) at which a report due on <paramref name="due"/> is overdue: the start of the next local day.</summary>
    public static DateTimeOffset OverdueFrom(DateOnly due, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var midnight = due.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

        // A zone whose clocks jump forward at midnight has no local midnight that day: the day starts at the jump.
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(15);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(midnight, zone), TimeSpan.Zero);
    }
}
