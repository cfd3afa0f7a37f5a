using System.Globalization;
using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;

namespace Spm.Testing;

/// <summary>Submissions and findings as the pipeline records them.</summary>
public static class Uploads
{
    public static DateTimeOffset Utc(string instant) =>
        DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static Submission Upload(string agency, string period, string uploadedUtc, SubmissionOutcome outcome) => new()
    {
        Id = $"{Utc(uploadedUtc):yyyyMMddTHHmmssZ}-{agency}-{period}-{outcome.ToString().ToLowerInvariant()}",
        Agency = agency,
        Period = period,
        BlobName = $"{agency}/report-{period}.xlsx",
        ArchivePath = outcome == SubmissionOutcome.Quarantined ? "" : $"{agency}/{period}/report.xlsx",
        FeedbackPath = outcome is SubmissionOutcome.Rejected or SubmissionOutcome.Accepted ? $"{agency}/{period}/feedback.xlsx" : "",
        SizeBytes = 48_213,
        Sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        UploadedUtc = Utc(uploadedUtc),
        FinishedUtc = Utc(uploadedUtc).AddSeconds(3),
        Outcome = outcome,
        Rule = outcome switch
        {
            SubmissionOutcome.Rejected => "cell.required",
            SubmissionOutcome.Quarantined => "classified.content",
            _ => "",
        },
        Errors = outcome == SubmissionOutcome.Rejected ? 2 : 0,
        Warnings = outcome is SubmissionOutcome.Rejected or SubmissionOutcome.Accepted ? 1 : 0,
        Stored = outcome != SubmissionOutcome.Quarantined,
        Classified = outcome == SubmissionOutcome.Quarantined,
    };

    public static Finding Error(string cell, string kazakh, string russian) =>
        new(FindingSeverity.Error, "cell.required", "Есеп", cell, "M-14", kazakh, russian, "A required cell is empty.");

    public static Finding Warning(string cell, string kazakh, string russian) =>
        new(FindingSeverity.Warning, "value.outlier", "Есеп", cell, "M-14", kazakh, russian, "An unusual value.");
}
