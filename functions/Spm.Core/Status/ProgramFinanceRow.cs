namespace Spm.Core.Status;

/// <summary>
/// One row of the <c>programfinance</c> fact table: the program's money of one source in a period, program-wide
/// (<see cref="StatusKeys.AllUnits"/>) or for one region (regional measures only). The year's figure is the FY
/// row; an H1 row is the execution to 30 June against the same annual plan.
/// </summary>
public sealed record ProgramFinanceRow
{
    /// <summary>Partition: the period; row: source and region (<c>Local|aktobe</c>, <c>Republican|all</c>).</summary>
    public StatusRowKey Key => new(PeriodCode, Source + "|" + RegionCode);

    public required string PeriodCode { get; init; }

    public required int Year { get; init; }

    public required string PeriodKind { get; init; }

    public required FundingSource Source { get; init; }

    /// <summary><c>РБ</c> or <c>ЖБ</c>, as the decree writes it.</summary>
    public required string SourceKk { get; init; }

    /// <summary>A region's code, or <c>all</c> for the whole program.</summary>
    public required string RegionCode { get; init; }

    public required bool IsNational { get; init; }

    /// <summary>
    /// Planned money for the year, million tenge: the visible (non-classified) measures as the catalog states them;
    /// for a region, its own rows of the regional measures. Null when no measure plans money that year.
    /// </summary>
    public double? Planned { get; init; }

    /// <summary>The decree's stated financing for the year and source (section 6), classified money included; program-wide rows only.</summary>
    public double? StatedPlan { get; init; }

    /// <summary>Spent as reported in the period's accepted reports, over the units that count in each measure's national line.</summary>
    public double? Spent { get; init; }

    /// <summary>Spent ÷ planned × 100.</summary>
    public double? ExecutionPercent { get; init; }

    /// <summary>Money measures of the source with a plan for the year.</summary>
    public required int MeasuresPlanned { get; init; }

    /// <summary>Report rows on those measures that count towards <see cref="Spent"/> and are owed in the period.</summary>
    public required int ReportsExpected { get; init; }

    public required int ReportsReceived { get; init; }
}
