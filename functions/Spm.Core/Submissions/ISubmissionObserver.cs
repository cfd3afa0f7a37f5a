using Spm.Core.Reporting.Validation;

namespace Spm.Core.Submissions;

/// <summary>
/// Told when a submission reaches its outcome (receipts, status, integration events). Called again when a message
/// is delivered twice, so an observer must be idempotent.
/// </summary>
public interface ISubmissionObserver
{
    Task OnOutcomeAsync(Submission submission, IReadOnlyList<Finding> findings, CancellationToken cancellationToken);
}
