using System.Globalization;
using Spm.Core.Reporting.Validation;
using Spm.Core.Status;
using Spm.Core.Submissions;

namespace Spm.Core.Tests.Status;

/// <summary>Builds submissions and reports in force for the status tests, as the pipeline would record them.</summary>
internal static class Uploads
{
    public static DateTimeOffset Utc(string instant) =>
        DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static Submission Upload(string agency, string period, string uploadedUtc, SubmissionOutcome outcome = SubmissionOutcome.Accepted) => new()
    {
        Id = $"{uploadedUtc}-{agency}-{period}",
        Agency = agency,
        Period = period,
        UploadedUtc = Utc(uploadedUtc),
        Outcome = outcome,
    };

    public static AcceptedReport Report(Submission submission, params ReportedValue[] values) => new(submission, values);

    public static ReportedValue Value(string code, decimal fact, decimal? spent = null, ExecutionStatus status = ExecutionStatus.InProgress, string comment = "") =>
        new(code, 8, fact, spent, status, comment);
}
