using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Spm.Core.Status.Reports;
using Spm.Infrastructure.Storage;

namespace Spm.Infrastructure.Blobs;

/// <summary>The status reports in the private <c>statusreports</c> container (drop account): one blob per period and language, overwritten.</summary>
internal sealed class BlobStatusReportStore(StorageClients storage) : IStatusReportStore
{
    private readonly BlobContainerClient _reports = storage.Container(Containers.StatusReports);

    public async Task<string> WriteAsync(string name, string html, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "text/html; charset=utf-8", CacheControl = "no-cache" },
        };
        await _reports.GetBlobClient(name).UploadAsync(BinaryData.FromString(html), options, cancellationToken);
        return Containers.StatusReports + "/" + name;
    }
}
