using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spm.Core.Catalog;
using Spm.Core.Hosting;
using Spm.Core.Reporting;
using Spm.Core.Status;
using Spm.Core.Submissions;
using Spm.Infrastructure.Hosting;
using Spm.Infrastructure.Storage;
using Spm.Infrastructure.Templates;

namespace Spm.PipelineBenchmarks;

/// <summary>
/// A full program's worth of accepted reports (every reporting unit × every period) written straight through the
/// stores, then the status rebuilt by <see cref="StatusRecompute.RecomputeAllAsync"/> (what <c>spm recompute</c> and
/// the daily timer run) against the incremental path (one <see cref="StatusRecompute.RecomputePeriodAsync"/> per
/// accepted submission, as the validate step does), on a private Azurite.
/// </summary>
internal static class RecomputeRun
{
    /// <summary>1 February 2023: the program is over and every period is due.</summary>
    private static readonly DateTimeOffset Clock = new(2023, 2, 1, 6, 0, 0, TimeSpan.Zero);

    public static async Task<Report> RunAsync(AzuriteProcess azurite, string command)
    {
        var report = new Report("Status recompute: a whole program rebuilt", command);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [Connections.Host] = azurite.ConnectionString,
            [Connections.Drop] = azurite.ConnectionString,
            [Connections.Report] = azurite.ConnectionString,
            [$"{ClockOptions.SectionName}:{nameof(ClockOptions.Now)}"] = Clock.ToString("O", CultureInfo.InvariantCulture),
        }).Build();
        var collection = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        collection.AddSpmCore(configuration).AddSpmInfrastructure(configuration);
        await using var services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await services.GetRequiredService<StorageClients>().EnsureCreatedAsync(CancellationToken.None);

        var catalog = services.GetRequiredService<LoadedCatalog>();
        var check = services.GetRequiredService<ReportCheck>();
        var submissions = services.GetRequiredService<ISubmissionStore>();
        var values = services.GetRequiredService<IReportedValueStore>();
        var recompute = services.GetRequiredService<StatusRecompute>();

        // Every unit's sample report for every period, checked as the pipeline would, then stored as accepted.
        var accepted = new List<Submission>();
        var rowsWritten = 0;
        var fillStart = PipelineTimings.Now;
        var seed = 0;
        foreach (var period in catalog.Catalog.Periods)
        {
            foreach (var unit in ReportObligations.AgenciesOwing(catalog.Catalog, period.Code))
            {
                var bytes = await SampleReports.CreateAsync(catalog, unit, period.Code, SampleKind.Clean, seed++, CancellationToken.None);
                var result = await check.CheckAsync(new MemoryStream(bytes, writable: false), unit, CancellationToken.None);
                if (!result.Accepted)
                {
                    throw new InvalidOperationException($"The sample of {unit} for {period.Code} was not accepted: {result.Findings.FirstOrDefault(f => f.Severity == Core.Reporting.Validation.FindingSeverity.Error)?.English}");
                }

                // Most units on time, every seventh a few days late, so compliance has both.
                var due = new DateTimeOffset(period.Due.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);
                var uploaded = due.AddDays(seed % 7 == 0 ? 3 : -2).AddMinutes(seed);
                var name = $"{unit}/sample-{period.Code}.xlsx";
                var id = SubmissionId.For(name, "bench", uploaded);
                var submission = new Submission
                {
                    Id = id,
                    Agency = unit,
                    Period = period.Code,
                    BlobName = name,
                    ArchivePath = DropPath.Archive(unit, period.Code, id),
                    SizeBytes = bytes.Length,
                    Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
                    UploadedUtc = uploaded,
                    FinishedUtc = uploaded.AddSeconds(5),
                    Outcome = SubmissionOutcome.Accepted,
                    Rows = result.Values.Count,
                    Late = seed % 7 == 0,
                    DaysLate = seed % 7 == 0 ? 3 : 0,
                    Stored = true,
                    Attempts = 1,
                };
                await submissions.SaveAsync(submission, etag: null, CancellationToken.None);
                await values.WriteAsync(submission, result.Values, current: true, CancellationToken.None);
                await values.TrySetCurrentAsync(new CurrentReport(unit, period.Code, id, uploaded, id, uploaded, 1), etag: null, CancellationToken.None);
                accepted.Add(submission);
                rowsWritten += result.Values.Count;
            }
        }

        var fill = PipelineTimings.Milliseconds(fillStart, PipelineTimings.Now);
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"Input: {accepted.Count} accepted reports ({accepted.Select(s => s.Agency).Distinct().Count()} reporting units × {catalog.Catalog.Periods.Count} periods, each unit in the periods it owes a report), {rowsWritten:N0} reported values; checked and written through the stores in {fill / 1000:F1} s (not part of the figures). Clock: {Clock:yyyy-MM-dd}, every period due."));
        report.Line();

        var loadBefore = Report.LoadAverage();
        var (first, firstMs) = await TimeAsync(() => recompute.RecomputeAllAsync(CancellationToken.None));
        var (again, againMs) = await TimeAsync(() => recompute.RecomputeAllAsync(CancellationToken.None));

        var incrementalTransactions = 0;
        var incrementalRows = 0;
        var perCall = new List<double>();
        var incrementalStart = PipelineTimings.Now;
        foreach (var submission in accepted.OrderBy(s => s.UploadedUtc))
        {
            var callStart = PipelineTimings.Now;
            var result = await recompute.RecomputePeriodAsync(submission.Period, CancellationToken.None);
            perCall.Add(PipelineTimings.Milliseconds(callStart, PipelineTimings.Now));
            incrementalTransactions += result.Transactions;
            incrementalRows += result.Rows;
        }

        var incrementalMs = PipelineTimings.Milliseconds(incrementalStart, PipelineTimings.Now);
        report.Line($"Load average before the timed part: {loadBefore}.");
        report.Line();
        report.Table(["Path", "time", "table transactions", "rows written", "periods"],
        [
            ["`RecomputeAllAsync`, empty status tables (first `spm recompute`)", Percentiles.Format(firstMs), N(first.Transactions), N(first.Rows), N(first.Periods)],
            ["`RecomputeAllAsync` again, over the tables it wrote (daily timer)", Percentiles.Format(againMs), N(again.Transactions), N(again.Rows), N(again.Periods)],
            [$"Incremental: `RecomputePeriodAsync` once per accepted submission ({accepted.Count} calls)", Percentiles.Format(incrementalMs), N(incrementalTransactions), N(incrementalRows), N(accepted.Count)],
        ]);
        var sorted = perCall.Order().ToList();
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"One incremental call (one period after one outcome): p50 {Percentiles.Format(Percentiles.Of(sorted, 50))}, p95 {Percentiles.Format(Percentiles.Of(sorted, 95))}, max {Percentiles.Format(sorted[^1])}."));
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"The incremental path took **{incrementalMs / againMs:F1}×** the time and **{(double)incrementalTransactions / again.Transactions:F1}×** the transactions of one full rebuild; the whole program is rebuilt in **{againMs / 1000:F1} s** (first run {firstMs / 1000:F1} s)."));
        report.Line();
        return report;
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static async Task<(StatusRecompute.Result Result, double Milliseconds)> TimeAsync(Func<Task<StatusRecompute.Result>> action)
    {
        var start = PipelineTimings.Now;
        var result = await action();
        return (result, PipelineTimings.Milliseconds(start, PipelineTimings.Now));
    }
}
