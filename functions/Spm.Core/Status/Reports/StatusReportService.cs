using Microsoft.Extensions.Logging;
using Spm.Core.Catalog;
using Spm.Core.Status.Dimensions;
using Spm.Core.Submissions;

namespace Spm.Core.Status.Reports;

/// <summary>
/// "Report a period's status": reads what the status tables hold for the period (never recomputing it), the period's
/// uploads and the open findings, and renders the HTML report (<c>spm report</c>), or writes it in Kazakh and Russian
/// to the report store (<see cref="PublishAsync"/>, after a recompute).
/// </summary>
public sealed partial class StatusReportService(
    LoadedCatalog catalog,
    IStatusStore status,
    ISubmissionStore submissions,
    IStatusReportStore reports,
    TimeProvider time,
    ILogger<StatusReportService> logger)
{
    /// <summary>The languages <see cref="PublishAsync"/> writes.</summary>
    public static IReadOnlyList<StatusReportLanguage> Languages { get; } = [StatusReportLanguage.Kazakh, StatusReportLanguage.Russian];

    /// <summary>What the report of <paramref name="period"/> shows; throws <see cref="ArgumentException"/> for a period the catalog does not have.</summary>
    public async Task<StatusReportData> ReadAsync(string period, CancellationToken cancellationToken)
    {
        var reportingPeriod = catalog.Catalog.Periods.FirstOrDefault(p => p.Code == period)
            ?? throw new ArgumentException($"The catalog has no period '{period}' (it has {string.Join(", ", catalog.Catalog.Periods.Select(p => p.Code))}).", nameof(period));
        var tables = await status.ReadPeriodAsync(period, cancellationToken);
        var uploads = await submissions.ListAsync(agency: null, period, cancellationToken);
        var open = new List<RefusedUpload>();
        foreach (var unit in tables.Compliance.Where(r => r.Status == ComplianceStatus.RejectedOnly))
        {
            var latest = uploads
                .Where(s => s.Agency == unit.UnitCode && s.Outcome is SubmissionOutcome.Rejected or SubmissionOutcome.Quarantined)
                .OrderByDescending(s => s.UploadedUtc)
                .ThenByDescending(s => s.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (latest is not null)
            {
                open.Add(new RefusedUpload(latest, await submissions.GetFindingsAsync(latest, cancellationToken)));
            }
        }

        return new StatusReportData
        {
            Catalog = catalog.Catalog,
            Period = reportingPeriod,
            Tables = tables,
            Dimensions = CatalogDimensions.Build(catalog.Catalog),
            Submissions = uploads,
            OpenFindings = open,
            AsOfUtc = time.GetUtcNow(),
        };
    }

    public async Task<string> RenderAsync(string period, StatusReportLanguage language, CancellationToken cancellationToken) =>
        StatusReport.Render(await ReadAsync(period, cancellationToken), language);

    /// <summary>
    /// Writes the period's report in every language to the report store, as <c>{period}.kk.html</c> and
    /// <c>{period}.ru.html</c>, overwriting the previous ones; returns where they went. Call it after the period's
    /// status is recomputed.
    /// </summary>
    public async Task<IReadOnlyList<string>> PublishAsync(string period, CancellationToken cancellationToken)
    {
        var data = await ReadAsync(period, cancellationToken);
        var written = new List<string>();
        foreach (var language in Languages)
        {
            written.Add(await reports.WriteAsync(StatusReport.BlobName(period, language), StatusReport.Render(data, language), cancellationToken));
        }

        LogPublished(logger, period, written.Count);
        return written;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Status report of {Period} written in {Languages} language(s).")]
    private static partial void LogPublished(ILogger logger, string period, int languages);
}
