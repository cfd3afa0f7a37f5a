using System.ComponentModel.DataAnnotations;

namespace Spm.Core.Submissions;

/// <summary>How the pipeline retries and reconciles.</summary>
public sealed class PipelineOptions
{
    public const string SectionName = "Pipeline";

    /// <summary>
    /// Attempts at validating a submission before it is marked failed; must equal the host's queue
    /// <c>maxDequeueCount</c> (host.json), after which the message goes to the poison queue.
    /// </summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How old a drop blob or a pending submission must be before the reconciler takes it up again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan ReconcileAfter { get; set; } = TimeSpan.FromMinutes(10);
}
