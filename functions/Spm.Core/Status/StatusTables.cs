namespace Spm.Core.Status;

/// <summary>The four fact tables for one period or for all, each in a stable order (period, then catalog order).</summary>
public sealed record StatusTables(
    IReadOnlyList<IndicatorStatusRow> Indicators,
    IReadOnlyList<MeasureStatusRow> Measures,
    IReadOnlyList<AgencyComplianceRow> Compliance,
    IReadOnlyList<ProgramFinanceRow> Finance);
