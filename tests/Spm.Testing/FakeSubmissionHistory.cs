using Spm.Core.Notifications.Reminders;
using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;

namespace Spm.Testing;

/// <summary>Submissions and findings in memory.</summary>
public sealed class FakeSubmissionHistory : ISubmissionHistory
{
    private readonly List<Submission> submissions = [];
    private readonly Dictionary<string, IReadOnlyList<Finding>> findings = new(StringComparer.Ordinal);

    public FakeSubmissionHistory Add(Submission submission, params IReadOnlyList<Finding> recorded)
    {
        submissions.Add(submission);
        findings[submission.Id] = recorded;
        return this;
    }

    public Task<IReadOnlyList<Submission>> ForPeriodsAsync(IReadOnlyCollection<string> periods, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Submission>>([.. submissions.Where(s => periods.Contains(s.Period))]);

    public Task<IReadOnlyList<Submission>> UploadedBetweenAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Submission>>([.. submissions.Where(s => s.UploadedUtc >= fromUtc && s.UploadedUtc < toUtc)]);

    public Task<IReadOnlyList<Finding>> FindingsAsync(string submissionId, CancellationToken cancellationToken) =>
        Task.FromResult(findings.GetValueOrDefault(submissionId) ?? []);
}
