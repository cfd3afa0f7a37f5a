using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Spm.Core.Status;

namespace Spm.Core.Notifications.Reminders;

/// <summary>
/// When reminders go (section <c>Reminders</c>): days before the due date, on it, and after it, then weekly; when
/// late units reach the coordinator; and the local hour from which a day's mail may go.
/// </summary>
/// <remarks>
/// The timer runs in UTC (timers on Linux do). 09:00 in Asia/Almaty is 03:00Z until 1 March 2024 (UTC+6) and 04:00Z
/// since (UTC+5), so the production schedule is <c>0 0 4 * * *</c>. Nothing is planned before <see cref="SendHour"/>
/// local time, so a schedule that also fires at 03:00Z (<c>0 0 3,4 * * *</c>, right for either offset) sends once,
/// at the first run at or after 09:00 local; the ledger makes every later run that day a no-op.
/// Days are comma-separated lists so that one app setting holds each (<c>Reminders__DaysBefore=14,7,3,1</c>).
/// </remarks>
public sealed class ReminderPolicy : IValidatableObject
{
    public const string SectionName = "Reminders";

    /// <summary>Days before the due date on which a unit that owes a report is reminded.</summary>
    public string DaysBefore { get; set; } = "14,7,3,1";

    /// <summary>Whether the unit is reminded on the due date itself.</summary>
    public bool OnDueDate { get; set; } = true;

    /// <summary>Days after the due date on which an overdue unit is reminded.</summary>
    public string DaysAfter { get; set; } = "1,3,7";

    /// <summary>After the last of <see cref="DaysAfter"/>, remind every 7 days.</summary>
    public bool WeeklyAfter { get; set; } = true;

    /// <summary>
    /// Overdue reminders stop after this many days, and in any case the day before the next period's first
    /// reminder: the next deadline takes over (the digest still lists the older period's late units until then).
    /// </summary>
    [Range(1, 366)]
    public int MaxOverdueDays { get; set; } = 182;

    /// <summary>Overdue units appear in the coordinator's digest from this many days after the due date (1: the first overdue day).</summary>
    [Range(1, 366)]
    public int EscalateAfterDays { get; set; } = 1;

    /// <summary>The local hour (the program's zone) from which the day's reminders and digest may go.</summary>
    [Range(0, 23)]
    public int SendHour { get; set; } = 9;

    /// <summary>Whether the coordinator gets the daily digest.</summary>
    public bool Digest { get; set; } = true;

    /// <summary>Findings of a unit's last rejected upload quoted in its reminder.</summary>
    [Range(0, 50)]
    public int TopFindings { get; set; } = 5;

    /// <summary><see cref="DaysBefore"/> parsed, largest first.</summary>
    public IReadOnlyList<int> BeforeDays => [.. ParseDays(DaysBefore).OrderDescending()];

    /// <summary><see cref="DaysAfter"/> parsed, smallest first.</summary>
    public IReadOnlyList<int> AfterDays => [.. ParseDays(DaysAfter).Order()];

    /// <summary>The first instant of <paramref name="localDate"/> at which that day's mail may go: <see cref="SendHour"/> local time, in UTC.</summary>
    public DateTimeOffset SendInstant(DateOnly localDate, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = localDate.ToDateTime(new TimeOnly(SendHour, 0), DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    /// <summary>The NCRONTAB schedule (six fields, UTC) that fires at <see cref="SendHour"/> local on <paramref name="localDate"/>'s offset.</summary>
    public string UtcSchedule(DateOnly localDate, TimeZoneInfo zone) =>
        string.Create(CultureInfo.InvariantCulture, $"0 {SendInstant(localDate, zone).Minute} {SendInstant(localDate, zone).Hour} * * *");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, text) in new[] { (nameof(DaysBefore), DaysBefore), (nameof(DaysAfter), DaysAfter) })
        {
            if (!TryParseDays(text, out var days))
            {
                yield return new ValidationResult($"{SectionName}:{name} must be whole days from 1 to 366 separated by commas, e.g. 14,7,3,1; found '{text}'.", [name]);
            }
            else if (days.Distinct().Count() != days.Count)
            {
                yield return new ValidationResult($"{SectionName}:{name} repeats a day: '{text}'.", [name]);
            }
        }
    }

    private static List<int> ParseDays(string? text) => TryParseDays(text, out var days) ? days : [];

    private static bool TryParseDays(string? text, out List<int> days)
    {
        days = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 1 or > 366)
            {
                days = [];
                return false;
            }

            days.Add(day);
        }

        return true;
    }
}
