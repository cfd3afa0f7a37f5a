namespace Spm.Core.Notifications.Reminders;

/// <summary>A unit past the period's due date with no accepted report; <paramref name="RejectedOnly"/> when it uploaded and every upload was refused.</summary>
public sealed record LateUnit(string Unit, int DaysOverdue, bool RejectedOnly);
