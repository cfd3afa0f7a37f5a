using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;

namespace Spm.Core.Status;

/// <summary>The report in force for one reporting unit and period: the accepted submission and the values it carried.</summary>
public sealed record AcceptedReport(Submission Submission, IReadOnlyList<ReportedValue> Values)
{
    public string Agency => Submission.Agency;

    public string Period => Submission.Period;
}
