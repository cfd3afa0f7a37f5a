using Spm.Core.Catalog;

namespace Spm.Core.Status;

/// <summary>
/// One row of the <c>indicatorstatus</c> fact table: an indicator in a period, for its lead agency (the national
/// figure), or for one region and the regions' mean when the local executive bodies (ЖАО) lead it.
/// </summary>
public sealed record IndicatorStatusRow
{
    /// <summary>Partition: the period; row: indicator and unit (<c>RI-1.1|akmola</c>, <c>RI-1.1|lea</c>).</summary>
    public StatusRowKey Key => new(PeriodCode, IndicatorCode + "|" + UnitCode);

    public required string PeriodCode { get; init; }

    public required int Year { get; init; }

    /// <summary><c>H1</c> or <c>FY</c>.</summary>
    public required string PeriodKind { get; init; }

    public required string IndicatorCode { get; init; }

    /// <summary>The lead agency (<c>lea</c> for the regions' mean), or the region.</summary>
    public required string UnitCode { get; init; }

    /// <summary>The indicator's national figure (one per indicator and period), as opposed to a region's.</summary>
    public required bool IsNational { get; init; }

    public required IndicatorFactBasis FactBasis { get; init; }

    public required IndicatorDirection Direction { get; init; }

    /// <summary>The plan for the period's year (a half-year is judged against the annual plan).</summary>
    public double? Plan { get; init; }

    public double? Baseline2017 { get; init; }

    public double? Fact { get; init; }

    /// <summary>Fact ÷ plan (plan ÷ fact for lower-is-better) × 100.</summary>
    public double? AchievementPercent { get; init; }

    /// <summary>(fact − baseline) ÷ (plan − baseline) × 100; null without a usable baseline.</summary>
    public double? ProgressPercent { get; init; }

    public required IndicatorStatus Status { get; init; }

    /// <summary>Reporting units whose fact the row stands on (the regions in the mean; 1 or 0 otherwise).</summary>
    public required int UnitsReported { get; init; }

    /// <summary>Reporting units that owe the fact (16 for the regions' mean; 1 otherwise).</summary>
    public required int UnitsExpected { get; init; }

    /// <summary>Units that owe the fact and have no accepted report, <c>;</c>-joined in catalog order.</summary>
    public string MissingUnits { get; init; } = "";

    public int MissingCount { get; init; }

    /// <summary>The accepted submission the fact comes from; empty for the regions' mean or no report.</summary>
    public string SubmissionId { get; init; } = "";

    /// <summary>The reporting unit's comment on the row, as accepted.</summary>
    public string Comment { get; init; } = "";
}
