using Spm.Core.Reporting.Validation;

namespace Spm.Core.Submissions;

/// <summary>A submission as stored, with the version that guards its next update.</summary>
public sealed record StoredSubmission(Submission Submission, string ETag);

/// <summary>Submissions and their findings.</summary>
public interface ISubmissionStore
{
    Task<StoredSubmission?> GetAsync(string agency, string id, CancellationToken cancellationToken);

    /// <summary>A submission by id alone, whatever its agency.</summary>
    Task<StoredSubmission?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the submission: inserts when <paramref name="etag"/> is null (an existing row is a conflict), otherwise
    /// replaces only that version. Throws <see cref="SubmissionConflictException"/> on a conflict; returns the new version.
    /// </summary>
    Task<string> SaveAsync(Submission submission, string? etag, CancellationToken cancellationToken);

    /// <summary>Submissions, optionally of one agency and/or period, oldest first.</summary>
    Task<IReadOnlyList<Submission>> ListAsync(string? agency, string? period, CancellationToken cancellationToken);

    /// <summary>Replaces a submission's findings (deterministic keys: a retry rewrites, never adds).</summary>
    Task ReplaceFindingsAsync(Submission submission, IReadOnlyList<Finding> findings, CancellationToken cancellationToken);

    Task<IReadOnlyList<Finding>> GetFindingsAsync(Submission submission, CancellationToken cancellationToken);
}

/// <summary>Someone else wrote the submission first; reload and decide again.</summary>
public sealed class SubmissionConflictException(string message, Exception? inner = null) : Exception(message, inner);
