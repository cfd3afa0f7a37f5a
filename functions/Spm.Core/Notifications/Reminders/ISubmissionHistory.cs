using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;

namespace Spm.Core.Notifications.Reminders;

/// <summary>What the reminders read of the pipeline's records (port: the submissions and findings tables).</summary>
public interface ISubmissionHistory
{
    /// <summary>Every submission (any outcome) whose period is one of <paramref name="periods"/>.</summary>
    Task<IReadOnlyList<Submission>> ForPeriodsAsync(IReadOnlyCollection<string> periods, CancellationToken cancellationToken);

    /// <summary>Every submission uploaded in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), whatever its period (incidents may have none).</summary>
    Task<IReadOnlyList<Submission>> UploadedBetweenAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken);

    /// <summary>The findings recorded for a submission (a quarantined one has none).</summary>
    Task<IReadOnlyList<Finding>> FindingsAsync(string submissionId, CancellationToken cancellationToken);
}
