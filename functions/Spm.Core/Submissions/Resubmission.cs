namespace Spm.Core.Submissions;

/// <summary>"Resubmit": queues a failed (or stuck) submission for validation again, from its archived original.</summary>
public sealed class Resubmission(ISubmissionStore submissions, IPipelineQueues queues)
{
    /// <summary>What became of the request.</summary>
    public enum Outcome
    {
        Queued,
        NotFound,
        NotKept,
        AlreadyFinished,
    }

    public async Task<(Outcome Outcome, Submission? Submission)> ResubmitAsync(string id, CancellationToken cancellationToken)
    {
        var stored = await submissions.FindAsync(id, cancellationToken);
        if (stored is null)
        {
            return (Outcome.NotFound, null);
        }

        var submission = stored.Submission;
        if (!submission.Stored)
        {
            return (Outcome.NotKept, submission);
        }

        if (submission.Outcome is not (SubmissionOutcome.Failed or SubmissionOutcome.Pending))
        {
            return (Outcome.AlreadyFinished, submission);
        }

        var reset = submission with { Outcome = SubmissionOutcome.Pending, Rule = "", FailureReason = "", FinishedUtc = null, Attempts = 0 };
        await submissions.SaveAsync(reset, stored.ETag, cancellationToken);
        await queues.EnqueueValidationAsync(new ValidationRequest(reset.Agency, reset.Id), cancellationToken);
        return (Outcome.Queued, reset);
    }
}
