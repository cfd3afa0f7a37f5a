using System.Globalization;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;
using Microsoft.Azure.WebJobs.Host;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spm.Cli.Commands;
using Spm.Cli.LocalHost;
using Spm.Core.Catalog;
using Spm.Core.Hosting;
using Spm.Core.Notifications.Contacts;
using Spm.Core.Reporting;
using Spm.Core.Submissions;
using Spm.Infrastructure.Hosting;
using Spm.Infrastructure.Storage;
using Spm.Infrastructure.Templates;

namespace Spm.PipelineBenchmarks;

/// <summary>The pipeline benchmark's settings (command-line options).</summary>
internal sealed record PipelineSettings
{
    /// <summary>The period every reporting unit reports for.</summary>
    public string Period { get; init; } = "2019-H1";

    /// <summary>Files each reporting unit uploads at once (the deadline eve: corrections on top of corrections).</summary>
    public int FilesPerUnit { get; init; } = 10;

    /// <summary>Uploads in flight at a time while dropping the files.</summary>
    public int UploadConcurrency { get; init; } = 32;

    /// <summary>How long to wait for every outcome before counting the rest lost.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(180);

    /// <summary>Queue trigger batch size (messages fetched per poll); null keeps the host's setting.</summary>
    public int? BatchSize { get; init; }

    /// <summary>Queue trigger new-batch threshold (fetch more when fewer are in flight); null keeps the host's setting.</summary>
    public int? NewBatchThreshold { get; init; }

    /// <summary>Idle queue listeners' longest back-off; null keeps the host's setting.</summary>
    public TimeSpan? MaxPollingInterval { get; init; }

    /// <summary>How old a drop blob must be before the reconciler re-queues it; null keeps <c>spm serve</c>'s local default (20 s).</summary>
    public TimeSpan? ReconcileAfter { get; init; }

    /// <summary>How often the reconciler looks, in whole seconds; null keeps <c>spm serve</c>'s local default (every 10 s).</summary>
    public int? ReconcileEverySeconds { get; init; }
}

/// <summary>
/// N uploads from M reporting units at once through <c>spm serve</c>'s host (real blob, queue and timer triggers) on
/// a private Azurite: per upload the trigger wait (upload → ingest starts) and the processing (ingest start → outcome
/// recorded), throughput, and uploads left without an outcome.
/// </summary>
internal static class PipelineRun
{
    /// <summary>5 July 2019, noon in Almaty: the 2019-H1 window is open and nothing is late yet.</summary>
    private static readonly DateTimeOffset Clock = new(2019, 7, 5, 6, 0, 0, TimeSpan.Zero);

    public static async Task<(Report Report, IReadOnlyList<ReportedSet> Values)> RunAsync(AzuriteProcess azurite, PipelineSettings run, string command)
    {
        var report = new Report("Pipeline: uploads to outcomes through spm serve's host", command);
        var catalog = CatalogJson.LoadEmbedded();
        var units = ReportObligations.AgenciesOwing(catalog.Catalog, run.Period);

        // Every file a distinct sample (its own seed), under a distinct name; made before the clock starts.
        var uploads = new List<(string Agency, string Name, byte[] Bytes)>();
        for (var file = 0; file < run.FilesPerUnit; file++)
        {
            for (var u = 0; u < units.Count; u++)
            {
                var bytes = await SampleReports.CreateAsync(catalog, units[u], run.Period, SampleKind.Clean, seed: (file * 1000) + u, CancellationToken.None);
                uploads.Add((units[u], $"{units[u]}/sample-{run.Period}-{file + 1:00}.xlsx", bytes));
            }
        }

        var timings = new PipelineTimings();
        var settings = Settings(azurite.ConnectionString);
        if (run.ReconcileAfter is { } grace)
        {
            settings[ReconcileAfterKey] = grace.ToString("c", CultureInfo.InvariantCulture);
        }

        if (run.ReconcileEverySeconds is { } every)
        {
            settings[AppSettings.ReconcileSchedule] = string.Create(CultureInfo.InvariantCulture, $"*/{every} * * * * *");
        }

        var reconcileAfter = TimeSpan.Parse(settings[ReconcileAfterKey]!, CultureInfo.InvariantCulture);
        var reconcileSchedule = settings[AppSettings.ReconcileSchedule];
        using var host = LocalPipelineHost.Build(
            new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
            logging => logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace).AddFilter("Spm", LogLevel.Warning).AddFilter((category, level) => level >= LogLevel.Error),
            services =>
            {
                timings.Register(services);
                services.PostConfigure<Microsoft.Azure.WebJobs.Host.QueuesOptions>(queues =>
                {
                    queues.BatchSize = run.BatchSize ?? queues.BatchSize;
                    queues.NewBatchThreshold = run.NewBatchThreshold ?? queues.NewBatchThreshold;
                    queues.MaxPollingInterval = run.MaxPollingInterval ?? queues.MaxPollingInterval;
                });
            });
        var clients = host.Services.GetRequiredService<StorageClients>();
        await LocalPipelineHost.StartAsync(host, CancellationToken.None);
        var queues = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.Azure.WebJobs.Host.QueuesOptions>>().Value;
        await host.Services.GetRequiredService<IContactDirectory>().ReplaceAllAsync(SampleContacts.For(catalog.Catalog), CancellationToken.None);

        // Let the listeners settle (first scan of the empty container, queue listeners started).
        await Task.Delay(TimeSpan.FromSeconds(3));

        var loadBefore = Report.LoadAverage();
        var container = clients.Container(Containers.Drop);
        var ids = new System.Collections.Concurrent.ConcurrentDictionary<string, (string Agency, string Id)>(StringComparer.Ordinal);
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        using var node = System.Diagnostics.Process.GetProcessById(azurite.ProcessId);
        var (selfCpuStart, nodeCpuStart) = (self.TotalProcessorTime, node.TotalProcessorTime);
        var start = PipelineTimings.Now;
        await Parallel.ForEachAsync(uploads, new ParallelOptions { MaxDegreeOfParallelism = run.UploadConcurrency }, async (upload, token) =>
        {
            var response = await container.GetBlobClient(upload.Name).UploadAsync(new BinaryData(upload.Bytes), new BlobUploadOptions(), token);
            timings.Uploaded(upload.Name, PipelineTimings.Now);
            ids[upload.Name] = (upload.Agency, SubmissionId.For(upload.Name, response.Value.ETag.ToString(), response.Value.LastModified));
        });
        var uploadedAll = PipelineTimings.Now;

        var deadline = start + (long)(run.Timeout.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        while (timings.OutcomesRecorded < uploads.Count && PipelineTimings.Now < deadline)
        {
            await Task.Delay(100);
        }

        self.Refresh();
        node.Refresh();
        var (selfCpu, nodeCpu) = (self.TotalProcessorTime - selfCpuStart, node.TotalProcessorTime - nodeCpuStart);
        var cpuSpan = PipelineTimings.Milliseconds(start, PipelineTimings.Now);

        // Let the observers of the last outcomes (status recompute, receipt, event) finish before stopping.
        var observersDeadline = PipelineTimings.Now + (60 * System.Diagnostics.Stopwatch.Frequency);
        while (timings.OutcomesObserved < timings.OutcomesRecorded && PipelineTimings.Now < observersDeadline)
        {
            await Task.Delay(100);
        }

        var loadAfter = Report.LoadAverage();
        using (var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            await host.StopAsync(stopping.Token);
        }

        // The tables decide what was lost, not the hooks: an upload without a terminal submission row is lost.
        var store = host.Services.GetRequiredService<ISubmissionStore>();
        var outcomes = new Dictionary<string, Submission?>(StringComparer.Ordinal);
        foreach (var (name, (agency, id)) in ids)
        {
            outcomes[name] = (await store.GetAsync(agency, id, CancellationToken.None))?.Submission;
        }

        var lost = outcomes.Count(o => o.Value is not { IsTerminal: true });
        var values = await ReportedSet.ReadAsync(host.Services, outcomes.Values.OfType<Submission>().Where(s => s.Outcome == SubmissionOutcome.Accepted));

        var rows = uploads.Select(u => (u.Name, Times: timings.For(u.Name))).ToList();
        var wait = Spans(rows, t => t.Uploaded, t => t.IngestStarted);
        var processing = Spans(rows, t => t.IngestStarted, t => t.OutcomeRecorded);
        var ingest = Spans(rows, t => t.IngestStarted, t => t.Queued);
        var queueWait = Spans(rows, t => t.Queued, t => t.ValidateStarted);
        var validate = Spans(rows, t => t.ValidateStarted, t => t.OutcomeRecorded);
        var endToEnd = Spans(rows, t => t.Uploaded, t => t.OutcomeRecorded);
        var observers = Spans(rows, t => t.OutcomeRecorded, t => t.Observed);
        var lastOutcome = rows.Select(r => r.Times.OutcomeRecorded).Where(t => t is not null).DefaultIfEmpty(null).Max();
        var makespan = lastOutcome is { } last ? PipelineTimings.Milliseconds(start, last) : double.NaN;
        var requeued = rows.Count(r => r.Times.Requeued is not null);
        var viaReconciler = rows.Count(r => r.Times is { Requeued: { } q, IngestStarted: { } i } && q < i);

        var distinct = uploads.Select(u => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(u.Bytes))).Distinct(StringComparer.Ordinal).Count();
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"{uploads.Count} uploads: {units.Count} reporting units of {run.Period} × {run.FilesPerUnit} files, each a clean sample of its own seed ({uploads.Sum(u => u.Bytes.Length) / uploads.Count / 1024.0:F0} KiB on average; {distinct} distinct contents: a unit owing few rows can draw the same file twice, which the pipeline answers as a duplicate), uploaded {run.UploadConcurrency} at a time in {PipelineTimings.Milliseconds(start, uploadedAll) / 1000:F1} s."));
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"Host: container scan every 10 s (the extension's constant), reconciler on `{reconcileSchedule}` with a {reconcileAfter.TotalSeconds:0} s grace ({(run.ReconcileAfter is null && run.ReconcileEverySeconds is null ? "`spm serve`'s local defaults" : "set by --reconcile-after / --reconcile-every")}), queue BatchSize {queues.BatchSize}, NewBatchThreshold {queues.NewBatchThreshold}, MaxPollingInterval {queues.MaxPollingInterval.TotalSeconds:0.#} s, VisibilityTimeout {queues.VisibilityTimeout.TotalSeconds:0.#} s, MaxDequeueCount {queues.MaxDequeueCount}."));
        report.Line($"Load average when the uploads started: {loadBefore}; when the last observer was done: {loadAfter}.");
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"CPU from the first upload until every outcome was in ({cpuSpan / 1000:F1} s, {Environment.ProcessorCount} cores): the host process (functions and the harness) {selfCpu.TotalSeconds:F1} s, Azurite (node) {nodeCpu.TotalSeconds:F1} s, i.e. {(selfCpu + nodeCpu).TotalMilliseconds / (cpuSpan * Environment.ProcessorCount):P0} of the machine."));
        report.Line();
        report.Table(["Per upload", "p50", "p95", "max", "n"],
        [
            ["Trigger wait (upload done → ingest starts)", .. Percentiles.Summary(wait), Count(wait)],
            ["Processing (ingest start → outcome recorded)", .. Percentiles.Summary(processing), Count(processing)],
            ["… ingest (screen, hash, archive, record, queue)", .. Percentiles.Summary(ingest), Count(ingest)],
            ["… validate queue wait", .. Percentiles.Summary(queueWait), Count(queueWait)],
            ["… validate (check, feedback, findings, values, chain)", .. Percentiles.Summary(validate), Count(validate)],
            ["End to end (upload done → outcome recorded)", .. Percentiles.Summary(endToEnd), Count(endToEnd)],
            ["After the outcome: status recompute, receipt, event", .. Percentiles.Summary(observers), Count(observers)],
        ]);
        var byOutcome = string.Join(", ", outcomes.Values.GroupBy(s => s?.Outcome.ToString().ToLowerInvariant() ?? "none").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
        var attempts = outcomes.Values.OfType<Submission>().Select(s => s.Attempts).DefaultIfEmpty(0).Max();
        report.Table(["Run", "value"],
        [
            ["Uploads", Count(uploads)],
            ["Outcomes (from the submissions table)", byOutcome],
            ["Lost (no terminal outcome at the end)", lost.ToString(CultureInfo.InvariantCulture)],
            ["All outcomes in (first upload → last outcome)", Percentiles.Format(makespan)],
            ["Throughput (outcomes / s over that span)", (outcomes.Count(o => o.Value is { IsTerminal: true }) / (makespan / 1000)).ToString("F1", CultureInfo.InvariantCulture)],
            [$"Re-queued by the reconciler (still in drop after {reconcileAfter.TotalSeconds:0} s)", requeued.ToString(CultureInfo.InvariantCulture)],
            ["… of which ingest had not started before (reached through the reconciler)", viaReconciler.ToString(CultureInfo.InvariantCulture)],
            ["Most validation attempts of one submission", attempts.ToString(CultureInfo.InvariantCulture)],
        ]);
        return (report, values);
    }

    private static List<double> Spans(IEnumerable<(string Name, PipelineTimings.Times Times)> rows, Func<PipelineTimings.Times, long?> from, Func<PipelineTimings.Times, long?> to) =>
        [.. rows.Where(r => from(r.Times) is not null && to(r.Times) is not null).Select(r => PipelineTimings.Milliseconds(from(r.Times)!.Value, to(r.Times)!.Value))];

    private static string Count<T>(IReadOnlyCollection<T> items) => items.Count.ToString(CultureInfo.InvariantCulture);

    private static readonly string ReconcileAfterKey = $"{PipelineOptions.SectionName}:{nameof(PipelineOptions.ReconcileAfter)}";

    private static Dictionary<string, string?> Settings(string connection)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [Connections.Host] = connection,
            [Connections.Drop] = connection,
            [Connections.Report] = connection,

            // The hourly status and daily reminder timers are moved out of the run's way, so neither lands in a measurement by chance.
            [AppSettings.StatusSchedule] = "0 0 0 1 1 *",
            [AppSettings.RemindersSchedule] = "0 0 0 1 1 *",
            [$"{ClockOptions.SectionName}:{nameof(ClockOptions.Now)}"] = Clock.ToString("O", CultureInfo.InvariantCulture),
        };

        // spm serve's local defaults: the reconciler looks every 10 s, for drop blobs older than 20 s.
        foreach (var (key, value) in ServeCommand.LocalDefaults)
        {
            settings[key] = value;
        }

        return settings;
    }
}
