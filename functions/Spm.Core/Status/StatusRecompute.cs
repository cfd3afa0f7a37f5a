using Microsoft.Extensions.Logging;
using Spm.Core.Catalog;
using Spm.Core.Reporting.Validation;
using Spm.Core.Status.Dimensions;
using Spm.Core.Status.Reports;
using Spm.Core.Submissions;

namespace Spm.Core.Status;

/// <summary>
/// "Recompute status": the four fact tables of a period from the submissions and the current reports' values alone,
/// judged at the clock's "now". One period after an accepted or rejected upload (only its partitions change), every
/// period on the daily timer (a period turns from "not due" to "missing" with no upload at all) and on <c>spm
/// recompute</c>. The same inputs and clock give the same rows, so a rebuild equals the incremental result. After a
/// period's rows are written, its status report is rewritten from them (<see cref="StatusReportService.PublishAsync"/>),
/// so the private report container always shows the tables as they now are.
/// </summary>
public sealed partial class StatusRecompute(
    LoadedCatalog catalog,
    ISubmissionStore submissions,
    IReportedValueStore values,
    IStatusStore status,
    StatusCalculator calculator,
    StatusReportService reports,
    ILogger<StatusRecompute> logger)
{
    /// <summary>What one recompute wrote.</summary>
    public sealed record Result(int Periods, int Rows, int Transactions);

    public async Task<Result> RecomputePeriodAsync(string period, CancellationToken cancellationToken)
    {
        var tables = await ComputeAsync(period, cancellationToken);
        var transactions = await status.ReplacePeriodAsync(period, tables, cancellationToken);
        var rows = tables.Indicators.Count + tables.Measures.Count + tables.Compliance.Count + tables.Finance.Count;
        LogRecomputed(logger, period, rows, transactions);
        await PublishReportAsync(period, cancellationToken);
        return new Result(1, rows, transactions);
    }

    /// <summary>Every period of the program, and the dimension tables.</summary>
    public async Task<Result> RecomputeAllAsync(CancellationToken cancellationToken)
    {
        var transactions = await status.SeedAsync(CatalogDimensions.Build(catalog.Catalog), cancellationToken);
        var rows = 0;
        foreach (var period in catalog.Catalog.Periods)
        {
            var result = await RecomputePeriodAsync(period.Code, cancellationToken);
            rows += result.Rows;
            transactions += result.Transactions;
        }

        return new Result(catalog.Catalog.Periods.Count, rows, transactions);
    }

    /// <summary>The period's fact rows as the rules compute them now, without writing them.</summary>
    public async Task<StatusTables> ComputeAsync(string period, CancellationToken cancellationToken)
    {
        var periodSubmissions = await submissions.ListAsync(agency: null, period, cancellationToken);
        var current = await values.ListAsync(period, all: false, cancellationToken);
        var byId = periodSubmissions.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var reports = current
            .GroupBy(v => v.SubmissionId, StringComparer.Ordinal)
            .Where(g => byId.ContainsKey(g.Key))
            .Select(g => new AcceptedReport(byId[g.Key], [.. g.Select(v => v.Value).OrderBy(v => v.Row)]))
            .OrderBy(r => r.Agency, StringComparer.Ordinal)
            .ToList();
        return calculator.Compute(new StatusInputs(catalog.Catalog, periodSubmissions, reports), period);
    }

    /// <summary>
    /// Rewrites the period's status report. A failure here is logged, not thrown: the tables (what Power BI and every
    /// other reader use) are already right, retrying the upload's validation would not change them, and the next
    /// recompute of the period (the next upload, the daily timer, <c>spm recompute</c>) writes the report again.
    /// </summary>
    private async Task PublishReportAsync(string period, CancellationToken cancellationToken)
    {
        try
        {
            await reports.PublishAsync(period, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogReportFailed(logger, e, period);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Status report of {Period} not rewritten; the status tables are current and the next recompute of the period writes it again.")]
    private static partial void LogReportFailed(ILogger logger, Exception exception, string period);

    [LoggerMessage(Level = LogLevel.Information, Message = "Status of {Period} recomputed: {Rows} row(s) in {Transactions} table transaction(s).")]
    private static partial void LogRecomputed(ILogger logger, string period, int rows, int transactions);
}

/// <summary>
/// Recomputes the period of every submission that reaches an outcome (idempotent: the same inputs give the same rows).
/// Outcomes of one period that arrive while its recompute runs share the next one (<see cref="CoalescingGate{TKey}"/>):
/// on a deadline's eve a burst of uploads costs a couple of recomputes per period, not one per upload.
/// </summary>
public sealed class StatusObserver(StatusRecompute recompute) : ISubmissionObserver
{
    private readonly CoalescingGate<string> gate = new();

    public async Task OnOutcomeAsync(Submission submission, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.Period.Length > 0)
        {
            await gate.RunAsync(submission.Period, token => recompute.RecomputePeriodAsync(submission.Period, token), cancellationToken);
        }
    }
}
