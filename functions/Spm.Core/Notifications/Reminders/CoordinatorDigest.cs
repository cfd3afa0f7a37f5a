namespace Spm.Core.Notifications.Reminders;

/// <summary>
/// The coordinator's one email a day (<c>digest|{localDate}</c>): who is late, whose uploads were refused, overdue
/// one-off measures, classified-content incidents of the last day (metadata only), units without a contact, and
/// notifications that did not go.
/// </summary>
public sealed record CoordinatorDigest
{
    public required string Key { get; init; }

    public required DateOnly LocalDate { get; init; }

    public required IReadOnlyList<DigestPeriod> Periods { get; init; }

    public IReadOnlyList<OneOffOverdue> OneOffsOverdue { get; init; } = [];

    /// <summary>Incidents uploaded from the previous day's send hour to this day's.</summary>
    public IReadOnlyList<ClassifiedIncident> Incidents { get; init; } = [];

    /// <summary>Units that were due a reminder today and have no contact (added by the reminder service).</summary>
    public IReadOnlyList<string> MissingContacts { get; init; } = [];

    /// <summary>Notifications claimed in the last day that were not sent: refused, or in doubt (added by the reminder service).</summary>
    public IReadOnlyList<NotificationRecord> Unsent { get; init; } = [];

    /// <summary>Nothing the coordinator needs to act on: no digest is sent.</summary>
    public bool IsEmpty =>
        Periods.All(p => p.Late.Count == 0 && p.Refused.Count == 0)
        && OneOffsOverdue.Count == 0 && Incidents.Count == 0 && MissingContacts.Count == 0 && Unsent.Count == 0;
}
