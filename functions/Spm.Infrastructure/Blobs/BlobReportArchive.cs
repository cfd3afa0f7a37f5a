using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Spm.Core.Submissions;
using Spm.Infrastructure.Storage;

namespace Spm.Infrastructure.Blobs;

/// <summary>The archive (originals, written once) and feedback containers in Blob Storage.</summary>
internal sealed class BlobReportArchive(StorageClients storage) : IReportArchive
{
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly BlobContainerClient _archive = storage.Container(Containers.Archive);
    private readonly BlobContainerClient _feedback = storage.Container(Containers.Feedback);

    public async Task StoreAsync(string path, byte[] content, string sha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var blob = _archive.GetBlobClient(path);
        try
        {
            var options = new BlobUploadOptions
            {
                // Create only: an original is never overwritten.
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                HttpHeaders = new BlobHttpHeaders { ContentType = XlsxContentType },
                Metadata = new Dictionary<string, string> { ["sha256"] = sha256 },
            };
            await blob.UploadAsync(new BinaryData(content), options, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Stored by an earlier run: it must be the same file.
        }

        var stored = await ReadAsync(path, cancellationToken);
        if (Convert.ToHexStringLower(SHA256.HashData(stored)) != sha256)
        {
            throw new InvalidOperationException($"The archived original at {path} does not match the upload's SHA-256.");
        }
    }

    public async Task<byte[]> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var response = await _archive.GetBlobClient(path).DownloadContentAsync(cancellationToken);
        return response.Value.Content.ToArray();
    }

    public async Task<bool> TryDeleteAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await _archive.GetBlobClient(path).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 403 or 409)
        {
            // A time-based retention policy holds it: the purge runbook (docs/deploy.md) removes it.
            return false;
        }
    }

    public async Task WriteFeedbackAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        await write(buffer, cancellationToken);
        buffer.Position = 0;
        await _feedback.GetBlobClient(path).UploadAsync(buffer, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = XlsxContentType } }, cancellationToken);
    }

    public string FeedbackLocation(string path) => Containers.Feedback + "/" + path;
}
