using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Spm.Infrastructure.Storage;

/// <summary>
/// The SDK clients of the three storage accounts, built once from configuration: a connection string under the
/// connection's name (locally <c>UseDevelopmentStorage=true</c> or Azurite's string), or in Azure the identity-based
/// settings <c>Name__blobServiceUri</c> / <c>__queueServiceUri</c> / <c>__tableServiceUri</c> with
/// <c>__credential=managedidentity</c> and <c>__clientId</c>. A connection that is not configured falls back to
/// <c>AzureWebJobsStorage</c>, so one Azurite serves everything locally.
/// </summary>
public sealed class StorageClients
{
    public StorageClients(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var host = StorageConnection.From(configuration, Connections.Host)
            ?? throw new InvalidOperationException($"No storage connection: set {Connections.Host} (a connection string, e.g. UseDevelopmentStorage=true, or {Connections.Host}__blobServiceUri, __queueServiceUri and __tableServiceUri).");
        var drop = StorageConnection.From(configuration, Connections.Drop) ?? host;
        var report = StorageConnection.From(configuration, Connections.Report) ?? host;
        Description = host.Describe();
        Blobs = drop.Blobs();
        Queues = host.Queues();
        HostTables = host.Tables();
        ReportTables = report.Tables();
    }

    /// <summary>Blob containers: the drop/archive account.</summary>
    public BlobServiceClient Blobs { get; }

    /// <summary>The pipeline's queues, on the host account; messages are Base64, the encoding queue triggers expect.</summary>
    public QueueServiceClient Queues { get; }

    /// <summary>Operational tables (contacts, the notification ledger), on the host account.</summary>
    public TableServiceClient HostTables { get; }

    /// <summary>Submission, status and dimension tables, on the report account.</summary>
    public TableServiceClient ReportTables { get; }

    /// <summary>Where the host connection points, without secrets (for logs and the CLI).</summary>
    public string Description { get; }

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);

    public QueueClient Queue(string name) => Queues.GetQueueClient(name);

    public TableClient Table(string name) => StorageLayout.All.Any(r => r.Kind == StorageKind.Table && r.Name == name && r.Account == StorageAccount.Host)
        ? HostTables.GetTableClient(name)
        : ReportTables.GetTableClient(name);

    /// <summary>Creates every container, queue and table the code uses that is missing (local runs; Azure provisions them).</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var resource in StorageLayout.All)
        {
            switch (resource.Kind)
            {
                case StorageKind.Container:
                    await Container(resource.Name).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                    break;
                case StorageKind.Queue:
                    await Queue(resource.Name).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                    break;
                case StorageKind.Table:
                    await Table(resource.Name).CreateIfNotExistsAsync(cancellationToken);
                    break;
            }
        }
    }

    /// <summary>One account's connection: a connection string, or service URIs with a token credential.</summary>
    private sealed record StorageConnection(string? ConnectionString, Uri? BlobUri, Uri? QueueUri, Uri? TableUri, TokenCredential? Credential)
    {
        public static StorageConnection? From(IConfiguration configuration, string name)
        {
            var value = configuration[name];
            if (!string.IsNullOrWhiteSpace(value))
            {
                return new StorageConnection(value, null, null, null, null);
            }

            var section = configuration.GetSection(name);
            Uri? Read(string key) => section[key] is { Length: > 0 } uri ? new Uri(uri) : null;
            var blob = Read("blobServiceUri");
            var queue = Read("queueServiceUri");
            var table = Read("tableServiceUri");
            if (blob is null && queue is null && table is null)
            {
                return null;
            }

            TokenCredential credential = string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
                ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(section["clientId"]))
                : new DefaultAzureCredential();
            return new StorageConnection(null, blob, queue, table, credential);
        }

        public BlobServiceClient Blobs() => ConnectionString is not null ? new BlobServiceClient(ConnectionString)
            : new BlobServiceClient(BlobUri ?? throw Missing("blobServiceUri"), Credential);

        public QueueServiceClient Queues()
        {
            var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
            return ConnectionString is not null ? new QueueServiceClient(ConnectionString, options)
                : new QueueServiceClient(QueueUri ?? throw Missing("queueServiceUri"), Credential, options);
        }

        public TableServiceClient Tables() => ConnectionString is not null ? new TableServiceClient(ConnectionString)
            : new TableServiceClient(TableUri ?? throw Missing("tableServiceUri"), Credential);

        public string Describe()
        {
            if (ConnectionString is null)
            {
                return $"{BlobUri?.Host ?? QueueUri?.Host ?? TableUri?.Host} (managed identity)";
            }

            if (ConnectionString.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase))
            {
                return "Azurite on its default ports (UseDevelopmentStorage=true)";
            }

            var endpoint = ConnectionString.Split(';').FirstOrDefault(p => p.StartsWith("BlobEndpoint=", StringComparison.OrdinalIgnoreCase));
            return endpoint?["BlobEndpoint=".Length..] ?? "a storage account (connection string)";
        }

        private static InvalidOperationException Missing(string key) => new($"The storage connection has no {key}.");
    }
}
