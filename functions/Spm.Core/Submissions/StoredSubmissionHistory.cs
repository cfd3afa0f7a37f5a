using Spm.Core.Notifications.Reminders;
using Spm.Core.Reporting.Validation;

namespace Spm.Core.Submissions;

/// <summary>The submission history the reminders read, over the submissions store.</summary>
public sealed class StoredSubmissionHistory(ISubmissionStore submissions) : ISubmissionHistory
{
    public async Task<IReadOnlyList<Submission>> ForPeriodsAsync(IReadOnlyCollection<string> periods, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var list = new List<Submission>();
        foreach (var period in periods)
        {
            list.AddRange(await submissions.ListAsync(agency: null, period, cancellationToken));
        }

        return list;
    }

    public async Task<IReadOnlyList<Submission>> UploadedBetweenAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken) =>
        [.. (await submissions.ListAsync(agency: null, period: null, cancellationToken)).Where(s => s.UploadedUtc >= fromUtc && s.UploadedUtc < toUtc)];

    public async Task<IReadOnlyList<Finding>> FindingsAsync(string submissionId, CancellationToken cancellationToken)
    {
        var stored = await submissions.FindAsync(submissionId, cancellationToken);
        return stored is null ? [] : await submissions.GetFindingsAsync(stored.Submission, cancellationToken);
    }
}
