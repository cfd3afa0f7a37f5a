using Spm.Core.Submissions;
using Spm.Infrastructure.Storage;

namespace Spm.Infrastructure.Queues;

/// <summary>The pipeline's queues in Queue Storage; messages are JSON, Base64-encoded as queue triggers expect.</summary>
internal sealed class StorageQueues(StorageClients storage) : IPipelineQueues
{
    public async Task EnqueueValidationAsync(ValidationRequest request, CancellationToken cancellationToken) =>
        await storage.Queue(Storage.Queues.Validate).SendMessageAsync(PipelineMessages.Serialize(request), cancellationToken);

    public async Task EnqueueIngestAsync(IngestRequest request, CancellationToken cancellationToken) =>
        await storage.Queue(Storage.Queues.Ingest).SendMessageAsync(PipelineMessages.Serialize(request), cancellationToken);
}
