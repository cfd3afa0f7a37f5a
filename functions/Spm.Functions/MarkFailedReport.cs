using Microsoft.Azure.Functions.Worker;
using Spm.Core.Submissions;
using Spm.Infrastructure.Hosting;
using Spm.Infrastructure.Storage;

namespace Spm.Functions;

/// <summary>Marks a submission failed when its validation message reaches the poison queue.</summary>
public sealed class MarkFailedReport(SubmissionProcessor processor)
{
    [Function(FunctionNames.MarkFailedReport)]
    public Task RunAsync([QueueTrigger(Queues.ValidatePoison, Connection = Connections.Host)] string message, CancellationToken cancellationToken) =>
        processor.MarkFailedAsync(PipelineMessages.Deserialize<ValidationRequest>(message), "Moved to the poison queue after every attempt.", cancellationToken);
}
