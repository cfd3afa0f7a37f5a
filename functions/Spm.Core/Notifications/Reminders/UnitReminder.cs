using Spm.Core.Catalog;

namespace Spm.Core.Notifications.Reminders;

/// <summary>
/// One reminder: one email to one unit on one occasion, listing everything it owes for the period.
/// </summary>
/// <param name="Key">The ledger key <c>{period}|{unit}|{occasion}</c>.</param>
/// <param name="Period">The reporting period.</param>
/// <param name="Unit">The reporting unit's code.</param>
/// <param name="Occasion"><c>due-7</c>, <c>due-0</c>, <c>overdue-3</c>, <c>overdue-week-2</c>; for a one-off measure deadline before the period's, <c>oneoff-2019-12-10-due-7</c>.</param>
/// <param name="Deadline">The date the occasion counts from: the period's due date, or the one-off date.</param>
/// <param name="DaysAfterDeadline">Local days from <paramref name="Deadline"/> to today: negative before it, 0 on it.</param>
/// <param name="Items">Every row the unit owes for the period, one-off measures with their dates.</param>
/// <param name="LastRefusal">The unit's latest refused upload for the period, if any.</param>
public sealed record UnitReminder(
    string Key,
    ReportingPeriod Period,
    string Unit,
    string Occasion,
    DateOnly Deadline,
    int DaysAfterDeadline,
    IReadOnlyList<OwedItem> Items,
    LastRefusal? LastRefusal)
{
    /// <summary>Whether the occasion is about a one-off measure deadline rather than the period's due date.</summary>
    public bool IsOneOff => Deadline != Period.Due;

    public bool IsOverdue => DaysAfterDeadline > 0;
}
