using Microsoft.Azure.Functions.Worker;
using Spm.Core.Submissions;
using Spm.Infrastructure.Hosting;
using Spm.Infrastructure.Storage;

namespace Spm.Functions;

/// <summary>Ingests an upload the blob trigger missed (the reconciler queues it).</summary>
public sealed class IngestQueuedReport(ReportIntake intake)
{
    [Function(FunctionNames.IngestQueuedReport)]
    public Task RunAsync([QueueTrigger(Queues.Ingest, Connection = Connections.Host)] string message, CancellationToken cancellationToken) =>
        intake.ReceiveAsync(PipelineMessages.Deserialize<IngestRequest>(message).BlobName, cancellationToken);
}
