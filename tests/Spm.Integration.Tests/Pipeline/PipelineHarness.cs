using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Spm.Core.Catalog;
using Spm.Core.Hosting;
using Spm.Core.Submissions;
using Spm.Infrastructure.Hosting;
using Spm.Infrastructure.Storage;
using Spm.Infrastructure.Templates;
using Spm.Integration.Tests.Azurite;

namespace Spm.Integration.Tests.Pipeline;

/// <summary>
/// The pipeline's services on an Azurite of their own (real SDK clients, real tables, blobs and queues), driven by
/// hand: a test uploads into drop, then plays the triggers by calling the same services the functions call.
/// </summary>
public sealed class PipelineHarness : IAsyncLifetime
{
    /// <summary>5 July 2019, noon in Almaty: the 2019-H1 window is open and nothing is late yet.</summary>
    public static readonly DateTimeOffset Now = new(2019, 7, 5, 6, 0, 0, TimeSpan.Zero);

    private readonly AzuriteFixture azurite = new();
    private ServiceProvider? services;
    private TimeProvider? time;

    /// <summary>Real time, under the test's control: uploads get real timestamps from the storage, and this moves only when told.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The pipeline's clock: a replay of <see cref="Now"/> running on <see cref="Clock"/>.</summary>
    public TimeProvider Time => time ??= new ReplayClock(Now, Clock);

    public IServiceProvider Services => services ?? throw new InvalidOperationException("Not started.");

    public string ConnectionString => azurite.ConnectionString;

    public LoadedCatalog Catalog => Services.GetRequiredService<LoadedCatalog>();

    public StorageClients Storage => Services.GetRequiredService<StorageClients>();

    public ISubmissionStore Submissions => Services.GetRequiredService<ISubmissionStore>();

    public IReportedValueStore Values => Services.GetRequiredService<IReportedValueStore>();

    public async ValueTask InitializeAsync()
    {
        await azurite.InitializeAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
        [
            new(Connections.Host, azurite.ConnectionString),
            new("Pipeline:MaxAttempts", "3"),
            new("Pipeline:ReconcileAfter", "00:00:01"),
        ]).Build();
        var collection = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSingleton(Time).AddLogging();
        collection.AddSpmCore(configuration).AddSpmInfrastructure(configuration);
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await Storage.EnsureCreatedAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        await azurite.DisposeAsync();
    }

    public BlobContainerClient Container(string name) => Storage.Container(name);

    /// <summary>Uploads into drop as an agency would; returns the submission id the pipeline will give it.</summary>
    public async Task<string> UploadAsync(string name, byte[] bytes)
    {
        var response = await Container(Containers.Drop).GetBlobClient(name).UploadAsync(new BinaryData(bytes), overwrite: true);
        return SubmissionId.For(name, response.Value.ETag.ToString(), response.Value.LastModified);
    }

    public Task<byte[]> SampleAsync(string agency, SampleKind kind = SampleKind.Clean, int seed = 1, string period = "2019-H1") =>
        SampleReports.CreateAsync(Catalog, agency, period, kind, seed, CancellationToken.None);

    /// <summary>What the blob trigger does.</summary>
    public Task IngestAsync(string name) => Services.GetRequiredService<ReportIntake>().ReceiveAsync(name, CancellationToken.None);

    /// <summary>What the validate queue trigger does, for every message waiting; returns how many it ran.</summary>
    public Task<int> DrainValidationAsync() => DrainAsync(Queues.Validate, async (text, count) =>
        await Services.GetRequiredService<SubmissionProcessor>().ValidateAsync(PipelineMessages.Deserialize<ValidationRequest>(text), count, CancellationToken.None));

    /// <summary>What the ingest queue trigger does, for every message waiting.</summary>
    public Task<int> DrainIngestAsync() => DrainAsync(Queues.Ingest, async (text, _) =>
        await Services.GetRequiredService<ReportIntake>().ReceiveAsync(PipelineMessages.Deserialize<IngestRequest>(text).BlobName, CancellationToken.None));

    /// <summary>Upload, ingest and validate: one report through the whole pipeline.</summary>
    public async Task<Submission> SubmitAsync(string agency, string name, byte[] bytes)
    {
        var id = await UploadAsync($"{agency}/{name}", bytes);
        await IngestAsync($"{agency}/{name}");
        await DrainValidationAsync();
        return await SubmissionAsync(agency, id);
    }

    public async Task<Submission> SubmissionAsync(string agency, string id) =>
        (await Submissions.GetAsync(agency, id, CancellationToken.None))?.Submission
        ?? throw new Xunit.Sdk.XunitException($"No submission {id} of {agency}.");

    public async Task<List<string>> BlobNamesAsync(string container)
    {
        var names = new List<string>();
        await foreach (var item in Container(container).GetBlobsAsync())
        {
            names.Add(item.Name);
        }

        return names;
    }

    /// <summary>Every row of the pipeline's tables, as JSON, for comparing whole states.</summary>
    public async Task<string> SnapshotAsync()
    {
        var state = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in new[] { Infrastructure.Storage.Tables.Submissions, Infrastructure.Storage.Tables.Findings, Infrastructure.Storage.Tables.ReportedValues, Infrastructure.Storage.Tables.CurrentReports })
        {
            var rows = new List<string>();
            await foreach (var entity in Storage.Table(table).QueryAsync<Azure.Data.Tables.TableEntity>())
            {
                entity.Remove("Timestamp");
                entity.Remove("odata.etag");
                rows.Add(JsonSerializer.Serialize(entity.OrderBy(p => p.Key, StringComparer.Ordinal).Where(p => p.Key != "Timestamp")));
            }

            rows.Sort(StringComparer.Ordinal);
            state[table] = rows;
        }

        return JsonSerializer.Serialize(state);
    }

    private async Task<int> DrainAsync(string queue, Func<string, long, Task> handle)
    {
        var client = Storage.Queue(queue);
        var handled = 0;
        while (true)
        {
            var messages = (await client.ReceiveMessagesAsync(maxMessages: 32, visibilityTimeout: TimeSpan.FromSeconds(1))).Value;
            if (messages.Length == 0)
            {
                return handled;
            }

            foreach (var message in messages)
            {
                await handle(message.MessageText, message.DequeueCount);
                await client.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                handled++;
            }
        }
    }
}
