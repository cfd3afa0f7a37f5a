namespace Spm.Core.Status;

/// <summary>A unit's compliance in a period: the status, and the days late or overdue where they apply.</summary>
public sealed record ComplianceVerdict(ComplianceStatus Status, int? DaysLate, int? DaysOverdue);
