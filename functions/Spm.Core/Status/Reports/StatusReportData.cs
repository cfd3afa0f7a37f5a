using Spm.Core.Catalog;
using Spm.Core.Status.Dimensions;
using Spm.Core.Submissions;

namespace Spm.Core.Status.Reports;

/// <summary>
/// What a status report shows for one period: the fact rows as the status tables hold them, the names from the
/// catalog's dimensions, the period's uploads and the open findings of the units whose uploads were all refused.
/// </summary>
public sealed record StatusReportData
{
    public required ProgramCatalog Catalog { get; init; }

    public required ReportingPeriod Period { get; init; }

    /// <summary>The period's fact rows, as <see cref="IStatusStore.ReadPeriodAsync"/> reads them: every figure comes from here.</summary>
    public required StatusTables Tables { get; init; }

    /// <summary>Names of agencies, regions, indicators and measures (<see cref="CatalogDimensions.Build"/>).</summary>
    public required DimensionTables Dimensions { get; init; }

    /// <summary>Every upload recorded for the period, any outcome.</summary>
    public required IReadOnlyList<Submission> Submissions { get; init; }

    /// <summary>Per unit that is <see cref="ComplianceStatus.RejectedOnly"/>, its latest refused upload and findings, in the compliance table's order.</summary>
    public required IReadOnlyList<RefusedUpload> OpenFindings { get; init; }

    /// <summary>When the report was made (the clock's "now").</summary>
    public required DateTimeOffset AsOfUtc { get; init; }
}
