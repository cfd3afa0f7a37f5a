using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spm.Cli.LocalHost;
using Spm.Core.Catalog;
using Spm.Core.Hosting;
using Spm.Core.Submissions;
using Spm.Infrastructure.Storage;
using Spm.Infrastructure.Templates;
using Spm.Integration.Tests.Azurite;

namespace Spm.Integration.Tests.Pipeline;

/// <summary>
/// The whole flow through <c>spm serve</c>'s host: the WebJobs SDK's real blob trigger (container scan), queue triggers
/// and timers, on an Azurite of its own. Uploads go in as an agency's would; the test only watches the tables.
/// </summary>
public sealed class LocalHostEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private readonly AzuriteFixture azurite = new();
    private IHost? host;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IServiceProvider Services => host!.Services;

    public async ValueTask InitializeAsync()
    {
        await azurite.InitializeAsync();
        var settings = new ConfigurationBuilder().AddInMemoryCollection(
        [
            new(Connections.Host, azurite.ConnectionString),
            new(Connections.Drop, azurite.ConnectionString),
            new(Connections.Report, azurite.ConnectionString),
            new("Clock:Now", "2019-07-05T06:00:00Z"),
            new("Pipeline:MaxAttempts", "3"),
            new("Pipeline:ReconcileAfter", "00:00:05"),
            new(AppSettings.ReconcileSchedule, "*/5 * * * * *"),
        ]).Build();
        host = LocalPipelineHost.Build(settings);
        await LocalPipelineHost.StartAsync(host, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync(CancellationToken.None);
            host.Dispose();
        }

        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Serve_RealTriggers_TakeEveryKindOfUploadToItsOutcome()
    {
        var catalog = Services.GetRequiredService<LoadedCatalog>();
        var clean = await SampleReports.CreateAsync(catalog, "akmola", "2019-H1", SampleKind.Clean, 1, Ct);
        var uploads = new (string Agency, string Name, byte[] Bytes)[]
        {
            ("akmola", "akmola/report.xlsx", clean),
            ("mia", "mia/report.xlsx", await SampleReports.CreateAsync(catalog, "mia", "2019-H1", SampleKind.WithErrors, 2, Ct)),
            ("astana", "astana/report.xlsx", await SampleReports.CreateAsync(catalog, "astana", "2019-H1", SampleKind.NamingClassified, 3, Ct)),
            ("aktobe", "aktobe/notes.pdf", "%PDF-1.7"u8.ToArray()),
        };
        var ids = new List<(string Agency, string Id)>();
        foreach (var (agency, name, bytes) in uploads)
        {
            ids.Add((agency, await UploadAsync(name, bytes)));
        }

        var first = await WaitAsync(ids);
        ids.Add(("akmola", await UploadAsync("akmola/again.xlsx", clean)));
        await Task.Delay(1100, Ct);
        ids.Add(("mia", await UploadAsync("mia/fixed.xlsx", await SampleReports.CreateAsync(catalog, "mia", "2019-H1", SampleKind.Clean, 4, Ct))));
        var all = await WaitAsync(ids);

        Assert.Equal(
            [SubmissionOutcome.Accepted, SubmissionOutcome.Rejected, SubmissionOutcome.Quarantined, SubmissionOutcome.Rejected],
            first.Select(s => s.Outcome));
        Assert.Equal(SubmissionOutcome.Duplicate, all[4].Outcome);
        Assert.Equal(SubmissionOutcome.Accepted, all[5].Outcome);
        Assert.Equal(SubmissionOutcome.Rejected, (await SubmissionAsync("mia", all[1].Id)).Outcome);
        Assert.Empty(await BlobsAsync(Containers.Drop));
        Assert.DoesNotContain(await BlobsAsync(Containers.Archive), n => n.StartsWith("astana/", StringComparison.Ordinal));
        var (current, _) = await Services.GetRequiredService<IReportedValueStore>().GetCurrentAsync("mia", "2019-H1", Ct);
        Assert.Equal(all[5].Id, current?.SubmissionId);
        await ReportMatchesTheTablesAsync("2019-H1");
    }

    [Fact]
    public async Task Serve_ValidationThatKeepsFailing_EndsFailedWithTheMessageInThePoisonQueue()
    {
        var storage = Services.GetRequiredService<StorageClients>();
        var id = SubmissionId.For("zhambyl/x.xlsx", "v1", DateTimeOffset.UtcNow);

        // A submission whose archived original is gone: every attempt at validating it throws.
        await Services.GetRequiredService<ISubmissionStore>().SaveAsync(new Submission
        {
            Id = id,
            Agency = "zhambyl",
            Period = "2019-H1",
            ArchivePath = "zhambyl/2019-H1/missing.xlsx",
            Sha256 = "00",
            Stored = true,
            UploadedUtc = new DateTimeOffset(2019, 7, 5, 0, 0, 0, TimeSpan.Zero),
        }, etag: null, Ct);
        await Services.GetRequiredService<IPipelineQueues>().EnqueueValidationAsync(new ValidationRequest("zhambyl", id), Ct);

        var failed = await WaitAsync([("zhambyl", id)]);

        Assert.Equal(SubmissionOutcome.Failed, failed[0].Outcome);
        Assert.True(failed[0].Attempts == 3, $"attempts {failed[0].Attempts}: {failed[0].FailureReason}");
        Assert.NotEmpty(failed[0].FailureReason);
        Assert.Empty((await storage.Queue(Queues.Validate).PeekMessagesAsync(10, Ct)).Value);
    }

    private async Task<string> UploadAsync(string name, byte[] bytes)
    {
        var blob = Services.GetRequiredService<StorageClients>().Container(Containers.Drop).GetBlobClient(name);
        var response = await blob.UploadAsync(new BinaryData(bytes), overwrite: true, Ct);
        return SubmissionId.For(name, response.Value.ETag.ToString(), response.Value.LastModified);
    }

    private async Task<Submission> SubmissionAsync(string agency, string id) =>
        (await Services.GetRequiredService<ISubmissionStore>().GetAsync(agency, id, Ct))!.Submission;

    private async Task<List<Submission>> WaitAsync(List<(string Agency, string Id)> ids)
    {
        var store = Services.GetRequiredService<ISubmissionStore>();
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var found = new List<Submission>();
            foreach (var (agency, id) in ids)
            {
                if ((await store.GetAsync(agency, id, Ct))?.Submission is { IsTerminal: true } done)
                {
                    found.Add(done);
                }
            }

            if (found.Count == ids.Count)
            {
                return found;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"Only {found.Count} of {ids.Count} uploads had an outcome within {Patience.TotalSeconds} s.");
            await Task.Delay(500, Ct);
        }
    }

    /// <summary>
    /// Each recompute rewrites the period's status report after its rows; the last one (it may still be running when the
    /// outcomes are all recorded) leaves pages in both languages whose every figure is the tables'.
    /// </summary>
    private async Task ReportMatchesTheTablesAsync(string period)
    {
        var reports = Services.GetRequiredService<StorageClients>().Container(Containers.StatusReports);
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var names = await BlobsAsync(Containers.StatusReports);
            var problems = new List<string>();
            if (names.SequenceEqual([$"{period}.kk.html", $"{period}.ru.html"]))
            {
                var tables = await Services.GetRequiredService<Spm.Core.Status.IStatusStore>().ReadPeriodAsync(period, Ct);
                foreach (var name in names)
                {
                    var html = (await reports.GetBlobClient(name).DownloadContentAsync(Ct)).Value.Content.ToString();
                    problems.AddRange(Spm.Testing.StatusReportFigures.Problems(html, tables).Select(p => $"{name}: {p}"));
                }

                if (problems.Count == 0)
                {
                    return;
                }
            }
            else
            {
                problems.Add($"statusreports holds [{string.Join(", ", names)}]");
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, string.Join(Environment.NewLine, problems));
            await Task.Delay(500, Ct);
        }
    }

    private async Task<List<string>> BlobsAsync(string container)
    {
        var names = new List<string>();
        await foreach (var item in Services.GetRequiredService<StorageClients>().Container(container).GetBlobsAsync(cancellationToken: Ct))
        {
            names.Add(item.Name);
        }

        return names;
    }
}
