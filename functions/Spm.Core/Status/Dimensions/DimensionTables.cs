namespace Spm.Core.Status.Dimensions;

/// <summary>The dimension tables seeded from the catalog, each in the catalog's order.</summary>
public sealed record DimensionTables(
    IReadOnlyList<AgencyRow> Agencies,
    IReadOnlyList<RegionRow> Regions,
    IReadOnlyList<IndicatorRow> Indicators,
    IReadOnlyList<MeasureRow> Measures,
    IReadOnlyList<MeasurePlanRow> MeasurePlans,
    IReadOnlyList<PeriodRow> Periods);
