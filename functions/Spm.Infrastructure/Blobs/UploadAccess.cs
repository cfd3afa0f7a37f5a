using System.Globalization;
using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using Spm.Core.Catalog;
using Spm.Infrastructure.Storage;

namespace Spm.Infrastructure.Blobs;

/// <summary>
/// Short-lived, create-only upload links for units that cannot sign in with Entra ID: a SAS for exactly one new blob in
/// the unit's own drop folder. In Azure it is a user-delegation SAS (signed with a key the app's identity obtains, at
/// most 7 days, revoked by revoking the user delegation keys); with an account key (Azurite) a service SAS.
/// </summary>
public sealed class UploadAccess(StorageClients storage, LoadedCatalog catalog, TimeProvider time)
{
    /// <summary>The longest a link may live; Azure allows user-delegation SAS up to 7 days, a report upload needs far less.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(1);

    /// <summary>A link that can create <c>drop/{agency}/{name}</c> once, until it expires.</summary>
    public async Task<Uri> IssueAsync(string agency, string? name, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        if (!catalog.Catalog.Agencies.Any(a => a.Code == agency && a.Kind != AgencyKind.Group))
        {
            throw new ArgumentException($"'{agency}' is not a reporting unit.", nameof(agency));
        }

        if (lifetime <= TimeSpan.Zero || lifetime > MaxLifetime)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, $"A link lives between a minute and {MaxLifetime.TotalHours} hours.");
        }

        var now = TimeProvider.System.GetUtcNow();
        var file = name is { Length: > 0 } ? Path.GetFileName(name)
            : string.Create(CultureInfo.InvariantCulture, $"report-{time.GetUtcNow():yyyyMMddHHmmss}-{Guid.NewGuid().ToString("N")[..8]}.xlsx");
        if (!file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("The file name must end in .xlsx.", nameof(name));
        }

        var blob = storage.Container(Containers.Drop).GetBlobClient($"{agency}/{file}");
        var sas = new BlobSasBuilder(BlobSasPermissions.Create, now + lifetime)
        {
            BlobContainerName = Containers.Drop,
            BlobName = blob.Name,
            Resource = "b",
            StartsOn = now.AddMinutes(-5),
            Protocol = blob.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
        };
        if (blob.CanGenerateSasUri)
        {
            return blob.GenerateSasUri(sas);
        }

        var key = await storage.Blobs.GetUserDelegationKeyAsync(sas.StartsOn, sas.ExpiresOn, cancellationToken);
        var query = sas.ToSasQueryParameters(key.Value, storage.Blobs.AccountName);
        return new BlobUriBuilder(blob.Uri) { Sas = query }.ToUri();
    }
}
