namespace Spm.Core.Submissions;

/// <summary>
/// The chain of accepted submissions of one reporting unit for one period: ordered by upload (then id), each
/// superseded by the next, the newest current. Recomputed from the accepted set alone, so the order in which uploads
/// are validated — a retry, a message delivered twice, two uploads racing — never changes the result; the pointer's
/// version (ETag) serialises concurrent runs.
/// </summary>
public sealed class ReportChain(ISubmissionStore submissions, IReportedValueStore values)
{
    private const int MaxAttempts = 20;

    /// <summary>Brings the chain, the values' current flags and the pointer in line with the accepted submissions.</summary>
    public async Task NormalizeAsync(string agency, string period, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var (pointer, etag) = await values.GetCurrentAsync(agency, period, cancellationToken);
            var accepted = (await submissions.ListAsync(agency, period, cancellationToken))
                .Where(s => s.Outcome == SubmissionOutcome.Accepted)
                .OrderBy(s => s.UploadedUtc)
                .ThenBy(s => s.Id, StringComparer.Ordinal)
                .ToList();
            if (accepted.Count == 0)
            {
                return;
            }

            for (var i = 0; i < accepted.Count; i++)
            {
                var supersedes = i > 0 ? accepted[i - 1].Id : "";
                var supersededBy = i + 1 < accepted.Count ? accepted[i + 1].Id : "";
                if (accepted[i].Supersedes != supersedes || accepted[i].SupersededBy != supersededBy)
                {
                    await LinkAsync(accepted[i], supersedes, supersededBy, cancellationToken);
                }
            }

            var newest = accepted[^1];
            if (pointer is not null && pointer.SubmissionId != newest.Id && accepted.FirstOrDefault(s => s.Id == pointer.SubmissionId) is { } previous)
            {
                await values.SetCurrentAsync(previous, current: false, cancellationToken);
            }

            await values.SetCurrentAsync(newest, current: true, cancellationToken);
            var wanted = new CurrentReport(agency, period, newest.Id, newest.UploadedUtc, accepted[0].Id, accepted[0].UploadedUtc, accepted.Count);
            if (wanted == pointer || await values.TrySetCurrentAsync(wanted, etag, cancellationToken))
            {
                return;
            }
        }

        throw new SubmissionConflictException($"The current report of {agency} for {period} kept moving; giving up after {MaxAttempts} attempts.");
    }

    private async Task LinkAsync(Submission submission, string supersedes, string supersededBy, CancellationToken cancellationToken)
    {
        // Re-read for its version: the row may have moved since the list was taken.
        var stored = await submissions.GetAsync(submission.Agency, submission.Id, cancellationToken)
            ?? throw new SubmissionConflictException($"Submission {submission.Id} disappeared.");
        await submissions.SaveAsync(stored.Submission with { Supersedes = supersedes, SupersededBy = supersededBy }, stored.ETag, cancellationToken);
    }
}
