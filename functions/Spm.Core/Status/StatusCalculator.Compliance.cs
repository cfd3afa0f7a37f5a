using Spm.Core.Submissions;

namespace Spm.Core.Status;

public sealed partial class StatusCalculator
{
    // One row per unit that owes rows in the period, in catalog order.
    private static List<AgencyComplianceRow> ComplianceRows(PeriodFacts facts)
    {
        var rows = new List<AgencyComplianceRow>();
        foreach (var unit in facts.UnitsOwing)
        {
            var uploads = facts.Submissions[unit].ToList();
            var report = facts.Report(unit);
            var accepted = uploads.Where(s => s.Outcome == SubmissionOutcome.Accepted).ToList();
            if (report is not null && !accepted.Any(s => s.Id == report.Submission.Id))
            {
                // The report in force is accepted by definition, whatever state the submission list caught it in.
                accepted.RemoveAll(s => s.Id == report.Submission.Id);
                accepted.Add(report.Submission);
            }

            var ordered = accepted.OrderBy(s => s.UploadedUtc).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
            var first = ordered.FirstOrDefault();
            var current = report?.Submission ?? ordered.LastOrDefault();
            DateOnly? firstLocal = first is null ? null : ReportingDeadlines.LocalDate(first.UploadedUtc, facts.Zone);
            var uploadIds = uploads.Select(s => s.Id).Concat(accepted.Select(s => s.Id)).Distinct(StringComparer.Ordinal).Count();
            var refused = uploads.Count(s => ComplianceRules.IsRefused(s.Outcome));
            var verdict = ComplianceRules.Classify(facts.Period.Due, facts.Today, firstLocal, refused);
            var owed = facts.Obligations[unit];
            var outstanding = first is null ? owed.Select(r => r.Code).ToList() : [];
            rows.Add(new AgencyComplianceRow
            {
                PeriodCode = facts.Period.Code,
                Year = facts.Period.Year,
                PeriodKind = facts.Period.Kind,
                UnitCode = unit,
                UnitKind = facts.Agencies[unit].Kind,
                DueDate = facts.Period.Due,
                Status = verdict.Status,
                DaysLate = verdict.DaysLate,
                DaysOverdue = verdict.DaysOverdue,
                FirstAcceptedSubmissionId = first?.Id ?? "",
                FirstAcceptedUtc = first?.UploadedUtc.ToUniversalTime(),
                FirstAcceptedLocalDate = firstLocal,
                CurrentSubmissionId = current?.Id ?? "",
                CurrentAcceptedUtc = current?.UploadedUtc.ToUniversalTime(),
                Corrections = Math.Max(0, ordered.Count - 1),
                Uploads = uploadIds,
                RefusedUploads = refused,
                RowsOwed = owed.Count,
                RowsOutstanding = outstanding.Count,
                OutstandingCodes = PeriodFacts.Join(outstanding),
            });
        }

        return rows;
    }
}
