using Azure;
using Azure.Data.Tables;
using Spm.Core.Submissions;

namespace Spm.Infrastructure.Tables;

/// <summary>
/// A row of <c>submissions</c>: partition = reporting unit, row = submission id. Every property is written on every
/// row; enums as their names; instants in UTC with <see cref="TableDates.None"/> for "not yet"; the upload's local
/// date (Asia/Almaty) for filtering by day.
/// </summary>
public sealed class SubmissionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string SubmissionId { get; set; } = "";

    public string Agency { get; set; } = "";

    public string Period { get; set; } = "";

    public string BlobName { get; set; } = "";

    public string ArchivePath { get; set; } = "";

    public string FeedbackPath { get; set; } = "";

    public long SizeBytes { get; set; }

    public string Sha256 { get; set; } = "";

    public DateTimeOffset UploadedUtc { get; set; }

    public string UploadedLocalDate { get; set; } = "";

    public DateTimeOffset FinishedUtc { get; set; }

    public string Outcome { get; set; } = "";

    public string Rule { get; set; } = "";

    public int Errors { get; set; }

    public int Warnings { get; set; }

    public int Rows { get; set; }

    public bool Late { get; set; }

    public int DaysLate { get; set; }

    public string SupersededBy { get; set; } = "";

    public string Supersedes { get; set; } = "";

    public string DuplicateOf { get; set; } = "";

    public bool Current { get; set; }

    public bool Stored { get; set; }

    public bool Classified { get; set; }

    public int Attempts { get; set; }

    public string FailureReason { get; set; } = "";

    public static SubmissionEntity From(Submission s, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new SubmissionEntity
        {
            PartitionKey = s.Agency,
            RowKey = s.Id,
            SubmissionId = s.Id,
            Agency = s.Agency,
            Period = s.Period,
            BlobName = s.BlobName,
            ArchivePath = s.ArchivePath,
            FeedbackPath = s.FeedbackPath,
            SizeBytes = s.SizeBytes,
            Sha256 = s.Sha256,
            UploadedUtc = s.UploadedUtc.ToUniversalTime(),
            UploadedLocalDate = TableDates.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.UploadedUtc, zone).DateTime)),
            FinishedUtc = TableDates.From(s.FinishedUtc),
            Outcome = s.Outcome.ToString(),
            Rule = s.Rule,
            Errors = s.Errors,
            Warnings = s.Warnings,
            Rows = s.Rows,
            Late = s.Late,
            DaysLate = s.DaysLate,
            SupersededBy = s.SupersededBy,
            Supersedes = s.Supersedes,
            DuplicateOf = s.DuplicateOf,
            Current = s.Outcome == SubmissionOutcome.Accepted && s.SupersededBy.Length == 0,
            Stored = s.Stored,
            Classified = s.Classified,
            Attempts = s.Attempts,
            FailureReason = s.FailureReason,
        };
    }

    public Submission ToSubmission() => new()
    {
        Id = SubmissionId,
        Agency = Agency,
        Period = Period,
        BlobName = BlobName,
        ArchivePath = ArchivePath,
        FeedbackPath = FeedbackPath,
        SizeBytes = SizeBytes,
        Sha256 = Sha256,
        UploadedUtc = UploadedUtc,
        FinishedUtc = TableDates.To(FinishedUtc),
        Outcome = Enum.Parse<SubmissionOutcome>(Outcome),
        Rule = Rule,
        Errors = Errors,
        Warnings = Warnings,
        Rows = Rows,
        Late = Late,
        DaysLate = DaysLate,
        SupersededBy = SupersededBy,
        Supersedes = Supersedes,
        DuplicateOf = DuplicateOf,
        Stored = Stored,
        Classified = Classified,
        Attempts = Attempts,
        FailureReason = FailureReason,
        UpdatedUtc = Timestamp,
    };
}
