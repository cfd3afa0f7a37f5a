namespace Spm.Infrastructure.Hosting;

/// <summary>
/// The pipeline's functions, by name: the same in the Azure Functions app and in the local host (<c>spm serve</c>),
/// each bound to the same trigger and calling the same service.
/// </summary>
public static class FunctionNames
{
    /// <summary>Blob trigger on <c>drop</c>: ingest an upload.</summary>
    public const string IngestReport = nameof(IngestReport);

    /// <summary>Queue trigger on <c>ingest</c>: ingest an upload the blob trigger missed.</summary>
    public const string IngestQueuedReport = nameof(IngestQueuedReport);

    /// <summary>Queue trigger on <c>validate</c>: validate a submission.</summary>
    public const string ValidateReport = nameof(ValidateReport);

    /// <summary>Queue trigger on <c>validate-poison</c>: mark a submission failed.</summary>
    public const string MarkFailedReport = nameof(MarkFailedReport);

    /// <summary>Timer: re-queue drop blobs and pending submissions the triggers missed.</summary>
    public const string ReconcileDrops = nameof(ReconcileDrops);

    /// <summary>Timer: recompute every period's status as deadlines pass (a period turns from "not due" to "missing").</summary>
    public const string RecomputeStatus = nameof(RecomputeStatus);

    /// <summary>Timer: deadline reminders, escalations and the coordinator's digest.</summary>
    public const string SendReminders = nameof(SendReminders);

    /// <summary>The timer schedules' default values (NCRONTAB with seconds, UTC), for settings that are not set.</summary>
    public static IReadOnlyDictionary<string, string> DefaultSchedules { get; } = new Dictionary<string, string>
    {
        [Storage.AppSettings.ReconcileSchedule] = "0 */5 * * * *",
        [Storage.AppSettings.StatusSchedule] = "0 5 * * * *",
        [Storage.AppSettings.RemindersSchedule] = "0 0 4 * * *",
    };
}
