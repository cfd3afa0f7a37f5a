using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;
using Spm.Infrastructure.Tables;

namespace Spm.PipelineBenchmarks;

/// <summary>The reported values of accepted submissions, as the pipeline stored them.</summary>
internal sealed record ReportedSet(Submission Submission, IReadOnlyList<ReportedValue> Values)
{
    public static async Task<IReadOnlyList<ReportedSet>> ReadAsync(IServiceProvider services, IEnumerable<Submission> accepted)
    {
        var store = services.GetRequiredService<IReportedValueStore>();
        var sets = new List<ReportedSet>();
        foreach (var period in accepted.GroupBy(s => s.Period, StringComparer.Ordinal))
        {
            var stored = (await store.ListAsync(period.Key, all: true, CancellationToken.None)).ToLookup(v => v.SubmissionId, StringComparer.Ordinal);
            sets.AddRange(period.Select(s => new ReportedSet(s, [.. stored[s.Id].Select(v => v.Value)])));
        }

        return sets;
    }
}

/// <summary>
/// Table writes batched per partition (<see cref="TableLimits.SubmitAsync"/>, as every store writes) against one
/// <c>UpsertEntityAsync</c> per entity, with the same entities against the same Azurite, in alternating rounds, each
/// into a fresh table. One writer at a time in both, as one validate function writes one submission's values.
/// </summary>
internal static class TableWrites
{
    public static async Task RunAsync(Report report, AzuriteProcess azurite, IReadOnlyList<ReportedSet> sets, int rounds)
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        var entities = sets.Sum(s => s.Values.Count);
        var results = new List<(string Mode, int Round, double Milliseconds, int Requests)>();
        for (var round = 1; round <= rounds; round++)
        {
            results.Add(await TimeAsync(service, "batched", round, sets, Batched));
            results.Add(await TimeAsync(service, "one-by-one", round, sets, OneByOne));
        }

        var rows = new List<IReadOnlyList<string>>();
        foreach (var mode in new[] { "batched", "one-by-one" })
        {
            var runs = results.Where(r => r.Mode == mode).ToList();
            var median = runs.Select(r => r.Milliseconds).Order().ElementAt(runs.Count / 2);
            rows.Add(
            [
                mode == "batched" ? "Batched per partition (`TableLimits.SubmitAsync`)" : "One `UpsertEntityAsync` per entity",
                runs[0].Requests.ToString("N0", CultureInfo.InvariantCulture),
                string.Join(" / ", runs.Select(r => Percentiles.Format(r.Milliseconds))),
                (entities / (median / 1000)).ToString("N0", CultureInfo.InvariantCulture),
            ]);
        }

        var batched = results.Where(r => r.Mode == "batched").Select(r => r.Milliseconds).Order().ElementAt(rounds / 2);
        var single = results.Where(r => r.Mode == "one-by-one").Select(r => r.Milliseconds).Order().ElementAt(rounds / 2);
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"### Table writes: the reported values of the {sets.Count} accepted submissions above ({entities:N0} entities, one partition per unit and period)"));
        report.Line();
        report.Table(["Writes", "requests", "time per round", "entities / s (median)"], rows);
        report.Line(string.Create(CultureInfo.InvariantCulture, $"Batched is **{single / batched:F1}×** the one-by-one throughput (medians of {rounds} alternating rounds)."));
        report.Line();
    }

    private static async Task<(string, int, double, int)> TimeAsync(
        TableServiceClient service, string mode, int round, IReadOnlyList<ReportedSet> sets, Func<TableClient, ReportedSet, Task<int>> write)
    {
        var table = service.GetTableClient(string.Create(CultureInfo.InvariantCulture, $"bench{mode.Replace("-", "", StringComparison.Ordinal)}{round}"));
        await table.CreateIfNotExistsAsync();
        var requests = 0;
        var start = PipelineTimings.Now;
        foreach (var set in sets)
        {
            requests += await write(table, set);
        }

        var elapsed = PipelineTimings.Milliseconds(start, PipelineTimings.Now);
        await table.DeleteAsync();
        return (mode, round, elapsed, requests);
    }

    private static Task<int> Batched(TableClient table, ReportedSet set) =>
        TableLimits.SubmitAsync(table, set.Values.Select(v => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ReportedValueEntity.From(set.Submission, v, current: false))), CancellationToken.None);

    private static async Task<int> OneByOne(TableClient table, ReportedSet set)
    {
        foreach (var value in set.Values)
        {
            await table.UpsertEntityAsync(ReportedValueEntity.From(set.Submission, value, current: false), TableUpdateMode.Replace);
        }

        return set.Values.Count;
    }
}
