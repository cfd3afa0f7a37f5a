namespace Spm.Core.Submissions;

/// <summary>The pipeline's queues.</summary>
public interface IPipelineQueues
{
    Task EnqueueValidationAsync(ValidationRequest request, CancellationToken cancellationToken);

    Task EnqueueIngestAsync(IngestRequest request, CancellationToken cancellationToken);
}
