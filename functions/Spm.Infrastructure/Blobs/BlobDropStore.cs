using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Spm.Core.Submissions;
using Spm.Infrastructure.Storage;

namespace Spm.Infrastructure.Blobs;

/// <summary>The drop container in Blob Storage.</summary>
internal sealed class BlobDropStore(StorageClients storage) : IDropStore
{
    private readonly BlobContainerClient _container = storage.Container(Containers.Drop);

    public async Task<DropBlob?> GetAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await _container.GetBlobClient(name).GetPropertiesAsync(cancellationToken: cancellationToken);
            // Last modified, not created: an upload over an existing name keeps the first creation time.
            return new DropBlob(name, properties.Value.ContentLength, properties.Value.ETag.ToString(), properties.Value.LastModified);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<byte[]?> ReadAsync(DropBlob blob, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var conditions = new BlobRequestConditions { IfMatch = new ETag(blob.Version) };
        await using var stream = await _container.GetBlobClient(blob.Name).OpenReadAsync(new BlobOpenReadOptions(allowModifications: false) { Conditions = conditions }, cancellationToken);
        using var copy = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > maxBytes)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }

    public async Task DeleteAsync(DropBlob blob, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        try
        {
            // Only the version that was processed: a new upload under the same name is a new submission.
            await _container.GetBlobClient(blob.Name).DeleteIfExistsAsync(
                DeleteSnapshotsOption.IncludeSnapshots, new BlobRequestConditions { IfMatch = new ETag(blob.Version) }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // Replaced by a newer upload meanwhile; that one is processed on its own.
        }
    }

    public async IAsyncEnumerable<DropBlob> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in _container.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            yield return new DropBlob(item.Name, item.Properties.ContentLength ?? 0, item.Properties.ETag?.ToString() ?? "", item.Properties.LastModified ?? DateTimeOffset.MinValue);
        }
    }
}
