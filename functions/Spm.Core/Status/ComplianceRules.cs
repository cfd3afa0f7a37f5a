using Spm.Core.Submissions;

namespace Spm.Core.Status;

/// <summary>The agency compliance rules, each a pure function. See docs/status-rules.md, "Agency compliance".</summary>
public static class ComplianceRules
{
    /// <summary>
    /// Decides compliance from the first accepted report only: later accepted reports are corrections and never make
    /// an on-time unit late (nor a late one on time).
    /// </summary>
    /// <param name="due">The period's due date (local calendar date).</param>
    /// <param name="today">The local calendar date now.</param>
    /// <param name="firstAccepted">Local date of the upload of the first accepted report; null when none is accepted.</param>
    /// <param name="refusedUploads">Uploads for the unit and period that were rejected or quarantined.</param>
    public static ComplianceVerdict Classify(DateOnly due, DateOnly today, DateOnly? firstAccepted, int refusedUploads)
    {
        var overdue = ReportingDeadlines.IsPastDue(due, today) ? ReportingDeadlines.DaysAfter(due, today) : (int?)null;
        if (firstAccepted is { } accepted)
        {
            return ReportingDeadlines.IsPastDue(due, accepted)
                ? new ComplianceVerdict(ComplianceStatus.Late, ReportingDeadlines.DaysAfter(due, accepted), null)
                : new ComplianceVerdict(ComplianceStatus.OnTime, null, null);
        }

        if (refusedUploads > 0)
        {
            return new ComplianceVerdict(ComplianceStatus.RejectedOnly, null, overdue);
        }

        return overdue is null
            ? new ComplianceVerdict(ComplianceStatus.NotDue, null, null)
            : new ComplianceVerdict(ComplianceStatus.Missing, null, overdue);
    }

    /// <summary>
    /// An upload the pipeline refused: rejected with findings, or quarantined (classified content, unreadable).
    /// Pending, failed (our fault, retried) and duplicate uploads are not the unit's refusal.
    /// </summary>
    public static bool IsRefused(SubmissionOutcome outcome) =>
        outcome is SubmissionOutcome.Rejected or SubmissionOutcome.Quarantined;
}
