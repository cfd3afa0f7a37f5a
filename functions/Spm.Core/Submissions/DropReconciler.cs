using Microsoft.Extensions.Logging;

namespace Spm.Core.Submissions;

/// <summary>
/// Finds what the triggers missed: drop blobs older than the grace period (the blob trigger can miss blobs) and
/// submissions stuck pending, and queues them again. Everything it queues is idempotent, and once processed nothing
/// is left for it, so a second run finds nothing.
/// </summary>
public sealed partial class DropReconciler(
    IDropStore drop,
    ISubmissionStore submissions,
    IPipelineQueues queues,
    PipelineOptions options,
    ILogger<DropReconciler> logger)
{
    /// <summary>What one run queued again.</summary>
    public sealed record Result(int Blobs, int Pending);

    public async Task<Result> RunAsync(CancellationToken cancellationToken)
    {
        // Ages are measured in real time: the timestamps come from the storage service, whatever the clock setting.
        var realBefore = TimeProvider.System.GetUtcNow() - options.ReconcileAfter;
        var blobs = 0;
        await foreach (var blob in drop.ListAsync(cancellationToken))
        {
            if (blob.CreatedUtc <= realBefore)
            {
                await queues.EnqueueIngestAsync(new IngestRequest(blob.Name), cancellationToken);
                blobs++;
            }
        }

        var pending = 0;
        foreach (var submission in await submissions.ListAsync(agency: null, period: null, cancellationToken))
        {
            // Stuck: pending and not written for the whole grace period (validation writes each attempt it starts).
            if (submission.Outcome == SubmissionOutcome.Pending && submission.Stored && submission.UpdatedUtc is { } written && written <= realBefore)
            {
                await queues.EnqueueValidationAsync(new ValidationRequest(submission.Agency, submission.Id), cancellationToken);
                pending++;
            }
        }

        if (blobs + pending > 0)
        {
            LogRequeued(logger, blobs, pending);
        }

        return new Result(blobs, pending);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciler queued {Blobs} drop blob(s) the trigger missed and {Pending} stuck submission(s) again.")]
    private static partial void LogRequeued(ILogger logger, int blobs, int pending);
}
