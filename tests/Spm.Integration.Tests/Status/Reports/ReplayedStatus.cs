using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spm.Core.Catalog;
using Spm.Core.Hosting;
using Spm.Core.Reporting;
using Spm.Core.Status;
using Spm.Core.Status.Reports;
using Spm.Core.Submissions;
using Spm.Infrastructure.Hosting;
using Spm.Infrastructure.Storage;
using Spm.Infrastructure.Templates;
using Spm.Integration.Tests.Pipeline;

namespace Spm.Integration.Tests.Status.Reports;

/// <summary>
/// 2019 replayed through the real pipeline on its own Azurite (a <see cref="PipelineHarness"/>): sample reports uploaded
/// at replayed times — on time, late, rejected, rejected then corrected late — for 2019-H1 and 2019-FY, then every
/// period's status recomputed as of 1 February 2020. Each wave runs on services whose clock is a
/// <see cref="ReplayClock"/> started at the wave's date, so uploads count at the replayed time, as with <c>--now</c>.
/// </summary>
public sealed class ReplayedStatus : IAsyncLifetime
{
    /// <summary>1 February 2020, noon in Almaty: both 2019 periods are past due.</summary>
    public static readonly DateTimeOffset AsOf = new(2020, 2, 1, 6, 0, 0, TimeSpan.Zero);

    private readonly PipelineHarness harness = new();
    private readonly Dictionary<(string, StatusReportLanguage), string> pages = [];
    private ServiceProvider? services;

    /// <summary>The services as of <see cref="AsOf"/>, on the replay's storage.</summary>
    public IServiceProvider Services => services ?? throw new InvalidOperationException("Not started.");

    public string ConnectionString => harness.ConnectionString;

    public StorageClients Storage => Services.GetRequiredService<StorageClients>();

    /// <summary>Units by what the replay made of them in 2019-FY.</summary>
    public IReadOnlyDictionary<string, ComplianceStatus> Intended { get; private set; } = new Dictionary<string, ComplianceStatus>();

    public async ValueTask InitializeAsync()
    {
        await harness.InitializeAsync();
        var catalog = harness.Catalog;
        var intended = new Dictionary<string, ComplianceStatus>(StringComparer.Ordinal);

        var (central, regions) = Owing(catalog, "2019-H1");
        await WaveAsync(At(2019, 7, 8), "2019-H1", [(central[0], SampleKind.Clean), (regions[0], SampleKind.Clean), (regions[1], SampleKind.Clean), (regions[3], SampleKind.WithErrors)]);
        await WaveAsync(At(2019, 7, 15), "2019-H1", [(regions[2], SampleKind.Clean)]);

        (central, regions) = Owing(catalog, "2019-FY");
        var onTime = central.Take(3).Concat(regions.Take(4)).ToList();
        var late = new[] { central[3], regions[4] };
        var (rejected, corrected) = (regions[5], regions[6]);
        await WaveAsync(At(2020, 1, 8), "2019-FY", [.. onTime.Select(u => (u, SampleKind.Clean)), (rejected, SampleKind.WithErrors), (corrected, SampleKind.WithErrors)]);
        await WaveAsync(At(2020, 1, 14), "2019-FY", [.. late.Select(u => (u, SampleKind.Clean)), (corrected, SampleKind.Clean)]);
        foreach (var unit in onTime)
        {
            intended[unit] = ComplianceStatus.OnTime;
        }

        foreach (var unit in late.Append(corrected))
        {
            intended[unit] = ComplianceStatus.Late;
        }

        intended[rejected] = ComplianceStatus.RejectedOnly;
        Intended = intended;

        services = Compose(AsOf);
        await services.GetRequiredService<StatusRecompute>().RecomputeAllAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        await harness.DisposeAsync();
    }

    /// <summary>The period's fact rows as stored.</summary>
    public Task<StatusTables> TablesAsync(string period) => Services.GetRequiredService<IStatusStore>().ReadPeriodAsync(period, CancellationToken.None);

    /// <summary>The period's report, rendered once per language.</summary>
    public async Task<string> PageAsync(string period, StatusReportLanguage language)
    {
        if (!pages.TryGetValue((period, language), out var page))
        {
            page = await Services.GetRequiredService<StatusReportService>().RenderAsync(period, language, CancellationToken.None);
            pages[(period, language)] = page;
        }

        return page;
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 5, 0, 0, TimeSpan.Zero);

    /// <summary>The units owing a report in the period: central bodies and regional akimats, each in catalog order.</summary>
    private static (List<string> Central, List<string> Regions) Owing(LoadedCatalog catalog, string period)
    {
        var owing = ReportObligations.AgenciesOwing(catalog.Catalog, period);
        var kinds = catalog.Catalog.Agencies.ToDictionary(a => a.Code, a => a.Kind, StringComparer.Ordinal);
        return ([.. owing.Where(u => kinds[u] == AgencyKind.Central)], [.. owing.Where(u => kinds[u] == AgencyKind.Regional)]);
    }

    /// <summary>Uploads the units' sample reports at <paramref name="now"/> and plays ingest and validation for each.</summary>
    private async Task WaveAsync(DateTimeOffset now, string period, IReadOnlyList<(string Unit, SampleKind Kind)> uploads)
    {
        await using var wave = Compose(now);
        for (var i = 0; i < uploads.Count; i++)
        {
            var (unit, kind) = uploads[i];
            var name = $"{unit}/sample-{period}-{now:yyyyMMdd}-{kind}.xlsx".ToLowerInvariant();
            await harness.UploadAsync(name, await harness.SampleAsync(unit, kind, seed: i + 1, period: period));
            await wave.GetRequiredService<ReportIntake>().ReceiveAsync(name, CancellationToken.None);
        }

        var queue = wave.GetRequiredService<StorageClients>().Queue(Queues.Validate);
        var processor = wave.GetRequiredService<SubmissionProcessor>();
        while ((await queue.ReceiveMessagesAsync(maxMessages: 32, visibilityTimeout: TimeSpan.FromSeconds(30))).Value is { Length: > 0 } messages)
        {
            foreach (var message in messages)
            {
                await processor.ValidateAsync(PipelineMessages.Deserialize<ValidationRequest>(message.MessageText), message.DequeueCount, CancellationToken.None);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
    }

    /// <summary>The pipeline's services on the replay's storage, with the clock set to <paramref name="now"/>.</summary>
    private ServiceProvider Compose(DateTimeOffset now)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(Connections.Host, harness.ConnectionString)]).Build();
        var collection = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSingleton<TimeProvider>(new ReplayClock(now)).AddLogging();
        collection.AddSpmCore(configuration).AddSpmInfrastructure(configuration);
        return collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
