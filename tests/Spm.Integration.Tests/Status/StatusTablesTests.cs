using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Spm.Core.Status;
using Spm.Infrastructure.Storage;
using Spm.Infrastructure.Templates;
using Spm.Integration.Tests.Pipeline;

namespace Spm.Integration.Tests.Status;

/// <summary>The status tables on Azurite after real uploads through the pipeline, and the rebuild against the incremental path.</summary>
public sealed class StatusTablesTests(PipelineHarness pipeline) : IClassFixture<PipelineHarness>
{
    private static readonly string[] FactTables = [Infrastructure.Storage.Tables.IndicatorStatus, Infrastructure.Storage.Tables.MeasureStatus, Infrastructure.Storage.Tables.AgencyCompliance, Infrastructure.Storage.Tables.ProgramFinance];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Recompute_AfterUploadsRejectionsAndCorrections_EqualsTheIncrementalTables()
    {
        await pipeline.SubmitAsync("akmola", "a.xlsx", await pipeline.SampleAsync("akmola", seed: 1));
        await pipeline.SubmitAsync("mia", "a.xlsx", await pipeline.SampleAsync("mia", SampleKind.WithErrors, seed: 2));
        await pipeline.SubmitAsync("aktobe", "a.xlsx", await pipeline.SampleAsync("aktobe", SampleKind.WithErrors, seed: 3));
        await pipeline.SubmitAsync("aktobe", "b.xlsx", await pipeline.SampleAsync("aktobe", seed: 4));
        await Task.Delay(1100, Ct);
        await pipeline.SubmitAsync("akmola", "b.xlsx", await pipeline.SampleAsync("akmola", seed: 5));
        var incremental = await SnapshotAsync("2019-H1");

        await ClearAsync();
        await pipeline.Services.GetRequiredService<StatusRecompute>().RecomputeAllAsync(Ct);

        Assert.NotEqual("{}", incremental);
        Assert.Equal(incremental, await SnapshotAsync("2019-H1"));
    }

    [Fact]
    public async Task Status_AfterRealUploads_SaysWhoReportedWhoWasRejectedAndWhatIsNotDue()
    {
        await pipeline.SubmitAsync("karaganda", "a.xlsx", await pipeline.SampleAsync("karaganda", seed: 6));
        await pipeline.SubmitAsync("kostanay", "a.xlsx", await pipeline.SampleAsync("kostanay", SampleKind.WithErrors, seed: 7));

        var tables = await pipeline.Services.GetRequiredService<IStatusStore>().ReadPeriodAsync("2019-H1", Ct);

        var compliance = tables.Compliance.ToDictionary(r => r.UnitCode);
        Assert.Equal(ComplianceStatus.OnTime, compliance["karaganda"].Status);
        Assert.Equal(ComplianceStatus.RejectedOnly, compliance["kostanay"].Status);
        Assert.Equal(ComplianceStatus.NotDue, compliance["pavlodar"].Status);
        Assert.NotEmpty(compliance["kostanay"].OutstandingCodes);
        Assert.Contains(tables.Indicators, r => r.UnitCode == "karaganda" && r.Fact is not null);
        Assert.All(tables.Measures, r => Assert.Equal("2019-H1", r.PeriodCode));
    }

    [Fact]
    public async Task Recompute_AfterTheDueDate_TurnsSilentUnitsMissingWithoutAnyUpload()
    {
        // 2019-FY is due on 10 January 2020 (Asia/Almaty); nobody reports it here.
        var before = await RecomputeAt(new DateTimeOffset(2020, 1, 10, 17, 0, 0, TimeSpan.Zero)).ComputeAsync("2019-FY", Ct);

        var after = await RecomputeAt(new DateTimeOffset(2020, 1, 10, 18, 30, 0, TimeSpan.Zero)).ComputeAsync("2019-FY", Ct);

        Assert.All(before.Compliance, r => Assert.Equal(ComplianceStatus.NotDue, r.Status));
        Assert.All(after.Compliance, r => Assert.Equal(ComplianceStatus.Missing, r.Status));
    }

    private StatusRecompute RecomputeAt(DateTimeOffset now) => ActivatorUtilities.CreateInstance<StatusRecompute>(
        pipeline.Services, new StatusCalculator(pipeline.Services.GetRequiredService<StatusThresholds>(), new Microsoft.Extensions.Time.Testing.FakeTimeProvider(now)));

    /// <summary>Every fact row of the period, without the storage's own timestamps, as JSON.</summary>
    private async Task<string> SnapshotAsync(string period)
    {
        var state = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var name in FactTables)
        {
            var rows = new List<string>();
            await foreach (var entity in pipeline.Storage.Table(name).QueryAsync<TableEntity>(e => e.PartitionKey == period, cancellationToken: Ct))
            {
                rows.Add(JsonSerializer.Serialize(entity.Where(p => p.Key is not ("Timestamp" or "odata.etag")).OrderBy(p => p.Key, StringComparer.Ordinal)));
            }

            rows.Sort(StringComparer.Ordinal);
            state[name] = rows;
        }

        return JsonSerializer.Serialize(state);
    }

    private async Task ClearAsync()
    {
        foreach (var name in FactTables)
        {
            var table = pipeline.Storage.Table(name);
            await foreach (var entity in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: Ct))
            {
                await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, cancellationToken: Ct);
            }
        }
    }
}
