using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Spm.Core.Submissions;
using Spm.Infrastructure.Hosting;
using Spm.Infrastructure.Storage;

namespace Spm.Functions;

/// <summary>Records an uploaded workbook and queues it for validation (Event Grid source on Flex Consumption).</summary>
public sealed class IngestReport(ReportIntake intake)
{
    [Function(FunctionNames.IngestReport)]
    public Task RunAsync(
        [BlobTrigger(Containers.DropPattern, Source = BlobTriggerSource.EventGrid, Connection = Connections.Drop)] BlobClient upload,
        CancellationToken cancellationToken) =>
        intake.ReceiveAsync(upload.Name, cancellationToken);
}
