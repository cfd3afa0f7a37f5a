namespace Spm.Core.Notifications.Reminders;

/// <summary>A measure's one-off deadline (before the period's due date) that passed while the unit has no accepted report.</summary>
public sealed record OneOffOverdue(string Period, string Unit, string Code, DateOnly Due, int DaysOverdue);
