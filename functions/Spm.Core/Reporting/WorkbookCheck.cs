using Spm.Core.Reporting.Validation;
using Spm.Core.Screening;
using Spm.Core.Workbooks;

namespace Spm.Core.Reporting;

/// <summary>
/// Screens and validates an open workbook in one pass over the report sheet: the screen reads every other part,
/// and sees the report sheet through the validator's own read of it. One verdict: classified content or anything
/// the screen could not read makes the result not storable.
/// </summary>
public sealed class WorkbookCheck(ClassifiedScreen classified, ReportValidator validator)
{
    public ValidationResult Check(IWorkbook workbook, string agency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var session = classified.Begin();
        workbook.Screen(session, exceptSheet: ReportTemplateLayout.ReportSheet);
        var result = validator.Validate(workbook, agency, cancellationToken, session);
        if (!result.ReportSheetScreened)
        {
            // Validation stopped before the report sheet, or left it part-read: screen all of it now.
            using var rows = workbook.ReadRows(ReportTemplateLayout.ReportSheet, session);
            while (rows.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (rows.Problem is { RuleId: not WorkbookRules.SheetMissing } problem)
            {
                session.Problem(problem);
            }
        }

        var verdict = session.Result();
        if (verdict.ContainsClassified)
        {
            return ReportCheck.NotStorable(agency, verdict);
        }

        if (!verdict.Storable)
        {
            // Every finding stands, but nothing of the file is kept: no values, no feedback workbook.
            return result with
            {
                Findings = ReportValidator.Ordered([.. verdict.Unreadable, .. result.Findings]),
                Values = [],
                Storable = false,
            };
        }

        return result;
    }
}
