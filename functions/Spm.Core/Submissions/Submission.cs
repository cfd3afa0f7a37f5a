namespace Spm.Core.Submissions;

/// <summary>
/// One upload into the drop container and what became of it. Never holds the file's content: a quarantined
/// upload keeps only who, when, size, hash and the rule that decided it.
/// </summary>
public sealed record Submission
{
    /// <summary>Deterministic id: the upload's time (UTC, sortable) and a hash of its blob name and version.</summary>
    public required string Id { get; init; }

    /// <summary>The reporting unit: the upload's first folder, exactly a catalog code; <see cref="UnknownAgency"/> otherwise.</summary>
    public required string Agency { get; init; }

    /// <summary>The period the workbook names (<c>2019-H1</c>), or empty when it could not be read.</summary>
    public string Period { get; init; } = "";

    /// <summary>The blob's path in the drop container; empty when the name itself named classified content.</summary>
    public string BlobName { get; init; } = "";

    /// <summary>The original's path in the archive container; empty when it was not kept.</summary>
    public string ArchivePath { get; init; } = "";

    /// <summary>The feedback workbook's path in the feedback container; empty when there is none.</summary>
    public string FeedbackPath { get; init; } = "";

    public long SizeBytes { get; init; }

    /// <summary>Lowercase hex SHA-256 of the uploaded bytes; empty when the blob could not be read.</summary>
    public string Sha256 { get; init; } = "";

    public required DateTimeOffset UploadedUtc { get; init; }

    /// <summary>When processing reached a terminal outcome; null while pending.</summary>
    public DateTimeOffset? FinishedUtc { get; init; }

    public SubmissionOutcome Outcome { get; init; } = SubmissionOutcome.Pending;

    /// <summary>The rule that decided the outcome (<c>classified.content</c>, <c>cell.required</c>…); empty when accepted cleanly.</summary>
    public string Rule { get; init; } = "";

    public int Errors { get; init; }

    public int Warnings { get; init; }

    /// <summary>Rows read from an accepted report.</summary>
    public int Rows { get; init; }

    /// <summary>Accepted after the period's due date (Asia/Almaty calendar dates).</summary>
    public bool Late { get; init; }

    /// <summary>Calendar days after the due date; 0 when on time.</summary>
    public int DaysLate { get; init; }

    /// <summary>The later accepted submission that replaced this one for the same agency and period.</summary>
    public string SupersededBy { get; init; } = "";

    /// <summary>The earlier accepted submission this one replaced.</summary>
    public string Supersedes { get; init; } = "";

    /// <summary>For a duplicate: the accepted submission with the same file.</summary>
    public string DuplicateOf { get; init; } = "";

    /// <summary>Whether the original is kept in the archive.</summary>
    public bool Stored { get; init; }

    /// <summary>Classified content was found: an incident for the coordinator (metadata only).</summary>
    public bool Classified { get; init; }

    /// <summary>Validation attempts so far.</summary>
    public int Attempts { get; init; }

    /// <summary>For a failed submission, the fault in English (no file content).</summary>
    public string FailureReason { get; init; } = "";

    /// <summary>When the store last wrote the record (real time, from the storage service); null before it is stored.</summary>
    public DateTimeOffset? UpdatedUtc { get; init; }

    /// <summary>The agency code recorded for an upload whose first folder is not a reporting unit.</summary>
    public const string UnknownAgency = "_unknown";

    public bool IsTerminal => Outcome != SubmissionOutcome.Pending;
}
