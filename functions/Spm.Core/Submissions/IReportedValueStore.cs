using Spm.Core.Reporting.Validation;

namespace Spm.Core.Submissions;

/// <summary>The current accepted report of a reporting unit for a period, and the first one (which decides timeliness).</summary>
public sealed record CurrentReport(
    string Agency,
    string Period,
    string SubmissionId,
    DateTimeOffset UploadedUtc,
    string FirstSubmissionId,
    DateTimeOffset FirstUploadedUtc,
    int Accepted);

/// <summary>One reported row as stored, with the submission it came from and whether that is the current one.</summary>
public sealed record StoredValue(string Agency, string Period, string SubmissionId, bool Current, ReportedValue Value);

/// <summary>Reported values of accepted submissions, and the pointer to each unit's current report.</summary>
public interface IReportedValueStore
{
    /// <summary>Writes a submission's values (deterministic keys), marked current or not.</summary>
    Task WriteAsync(Submission submission, IReadOnlyList<ReportedValue> values, bool current, CancellationToken cancellationToken);

    /// <summary>Marks all of a submission's values current or not.</summary>
    Task SetCurrentAsync(Submission submission, bool current, CancellationToken cancellationToken);

    /// <summary>Values of one period; only those of current reports unless <paramref name="all"/>.</summary>
    Task<IReadOnlyList<StoredValue>> ListAsync(string period, bool all, CancellationToken cancellationToken);

    /// <summary>The pointer and its version, or (null, null).</summary>
    Task<(CurrentReport? Report, string? ETag)> GetCurrentAsync(string agency, string period, CancellationToken cancellationToken);

    /// <summary>Writes the pointer if it is still at <paramref name="etag"/> (null: if there is none); false when someone moved it first.</summary>
    Task<bool> TrySetCurrentAsync(CurrentReport report, string? etag, CancellationToken cancellationToken);

    /// <summary>Every pointer, optionally of one period.</summary>
    Task<IReadOnlyList<CurrentReport>> ListCurrentAsync(string? period, CancellationToken cancellationToken);
}
