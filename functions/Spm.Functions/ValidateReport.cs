using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Spm.Core.Submissions;
using Spm.Infrastructure.Hosting;
using Spm.Infrastructure.Storage;

namespace Spm.Functions;

/// <summary>Validates an archived submission and records its outcome, findings, feedback and values.</summary>
public sealed class ValidateReport(SubmissionProcessor processor)
{
    [Function(FunctionNames.ValidateReport)]
    public Task RunAsync([QueueTrigger(Queues.Validate, Connection = Connections.Host)] QueueMessage message, CancellationToken cancellationToken) =>
        processor.ValidateAsync(PipelineMessages.Deserialize<ValidationRequest>(message.MessageText), message.DequeueCount, cancellationToken);
}
