using Spm.Core.Reporting;

namespace Spm.Core.Notifications.Reminders;

/// <summary>One row a unit owes in a period's report; a measure with a one-off deadline in the period carries its date.</summary>
public sealed record OwedItem(string Code, ReportRowKind Kind, string NameKk, DateOnly? OneOffDue);
