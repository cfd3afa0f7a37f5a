namespace Spm.Core.Notifications.Reminders;

/// <summary>What is due to be sent at an instant: the reminders, one per unit and occasion, and the coordinator's digest.</summary>
/// <param name="Now">The instant planned for.</param>
/// <param name="LocalDate">Its calendar date in the program's zone.</param>
/// <param name="SendFrom">The first instant of that date from which mail may go (the policy's send hour).</param>
/// <param name="Reminders">The reminders, by period, then unit in catalog order.</param>
/// <param name="Periods">Each active period's progress, late and refused units (whether or not a digest is sent).</param>
/// <param name="Digest">The coordinator's digest (it may be empty), or null when the policy turns it off or before <paramref name="SendFrom"/>.</param>
public sealed record ReminderPlan(
    DateTimeOffset Now,
    DateOnly LocalDate,
    DateTimeOffset SendFrom,
    IReadOnlyList<UnitReminder> Reminders,
    IReadOnlyList<DigestPeriod> Periods,
    CoordinatorDigest? Digest)
{
    /// <summary>Whether <see cref="Now"/> is before the day's send hour, so nothing is planned yet.</summary>
    public bool BeforeSendHour => Now < SendFrom;
}
