using Azure.Storage.Blobs;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.WebJobs;
using Spm.Core.Notifications.Reminders;
using Spm.Core.Status;
using Spm.Core.Submissions;
using Spm.Infrastructure.Hosting;
using Spm.Infrastructure.Storage;

namespace Spm.Cli.LocalHost;

/// <summary>
/// The pipeline's functions on the WebJobs SDK, for <c>spm serve</c>: the same names, triggers and services as the
/// isolated-worker app in <c>functions/Spm.Functions</c> (a test compares the two). The blob trigger scans the
/// container here; in Azure it uses the Event Grid source.
/// </summary>
public sealed class LocalFunctions(ReportIntake intake, SubmissionProcessor processor, DropReconciler reconciler, StatusRecompute recompute, ReminderService reminders)
{
    [FunctionName(FunctionNames.IngestReport)]
    public Task IngestReportAsync(
        [BlobTrigger(Containers.DropPattern, Connection = Connections.Drop)] BlobClient upload,
        CancellationToken cancellationToken) =>
        intake.ReceiveAsync(upload.Name, cancellationToken);

    [FunctionName(FunctionNames.IngestQueuedReport)]
    public Task IngestQueuedReportAsync([QueueTrigger(Queues.Ingest, Connection = Connections.Host)] string message, CancellationToken cancellationToken) =>
        intake.ReceiveAsync(PipelineMessages.Deserialize<IngestRequest>(message).BlobName, cancellationToken);

    [FunctionName(FunctionNames.ValidateReport)]
    public Task ValidateReportAsync([QueueTrigger(Queues.Validate, Connection = Connections.Host)] QueueMessage message, CancellationToken cancellationToken) =>
        processor.ValidateAsync(PipelineMessages.Deserialize<ValidationRequest>(message.MessageText), message.DequeueCount, cancellationToken);

    [FunctionName(FunctionNames.MarkFailedReport)]
    public Task MarkFailedReportAsync([QueueTrigger(Queues.ValidatePoison, Connection = Connections.Host)] string message, CancellationToken cancellationToken) =>
        processor.MarkFailedAsync(PipelineMessages.Deserialize<ValidationRequest>(message), "Moved to the poison queue after every attempt.", cancellationToken);

    [FunctionName(FunctionNames.ReconcileDrops)]
    public async Task ReconcileDropsAsync([TimerTrigger("%" + AppSettings.ReconcileSchedule + "%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await reconciler.RunAsync(cancellationToken);

    [FunctionName(FunctionNames.RecomputeStatus)]
    public async Task RecomputeStatusAsync([TimerTrigger("%" + AppSettings.StatusSchedule + "%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await recompute.RecomputeAllAsync(cancellationToken);

    [FunctionName(FunctionNames.SendReminders)]
    public async Task SendRemindersAsync([TimerTrigger("%" + AppSettings.RemindersSchedule + "%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await reminders.RunAsync(dryRun: false, cancellationToken);
}
