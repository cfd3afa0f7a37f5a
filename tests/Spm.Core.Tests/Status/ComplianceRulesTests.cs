using Spm.Core.Status;
using Spm.Core.Submissions;

namespace Spm.Core.Tests.Status;

public class ComplianceRulesTests
{
    private static readonly DateOnly Due = new(2019, 7, 10);

    [Theory]
    [InlineData("2019-07-10", "2019-08-01", 0, ComplianceStatus.OnTime, null, null)]
    [InlineData("2019-07-01", "2019-07-05", 0, ComplianceStatus.OnTime, null, null)]
    [InlineData("2019-07-13", "2019-08-01", 0, ComplianceStatus.Late, 3, null)]
    [InlineData("2019-07-11", "2019-08-01", 2, ComplianceStatus.Late, 1, null)]
    [InlineData(null, "2019-07-10", 0, ComplianceStatus.NotDue, null, null)]
    [InlineData(null, "2019-07-11", 0, ComplianceStatus.Missing, null, 1)]
    [InlineData(null, "2019-08-01", 0, ComplianceStatus.Missing, null, 22)]
    [InlineData(null, "2019-07-05", 1, ComplianceStatus.RejectedOnly, null, null)]
    [InlineData(null, "2019-07-20", 2, ComplianceStatus.RejectedOnly, null, 10)]
    public void Classify_Matrix_DecidesByTheFirstAcceptedReport(
        string? firstAccepted, string today, int refused, ComplianceStatus status, int? daysLate, int? daysOverdue)
    {
        var verdict = ComplianceRules.Classify(Due, Date(today), firstAccepted is null ? null : Date(firstAccepted), refused);

        Assert.Equal(new ComplianceVerdict(status, daysLate, daysOverdue), verdict);
    }

    [Theory]
    [InlineData(SubmissionOutcome.Rejected, true)]
    [InlineData(SubmissionOutcome.Quarantined, true)]
    [InlineData(SubmissionOutcome.Accepted, false)]
    [InlineData(SubmissionOutcome.Pending, false)]
    [InlineData(SubmissionOutcome.Failed, false)]
    [InlineData(SubmissionOutcome.Duplicate, false)]
    public void IsRefused_Outcome_OnlyRejectedOrQuarantined(SubmissionOutcome outcome, bool expected)
    {
        var refused = ComplianceRules.IsRefused(outcome);

        Assert.Equal(expected, refused);
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
