namespace Spm.Core.Notifications.Reminders;

/// <summary>A unit with no accepted report whose latest upload was refused.</summary>
public sealed record RefusedUnit(string Unit, LastRefusal Refusal);
