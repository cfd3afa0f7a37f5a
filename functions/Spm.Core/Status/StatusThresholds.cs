using System.ComponentModel.DataAnnotations;

namespace Spm.Core.Status;

/// <summary>
/// How far an indicator that misses its plan may fall short and still count as partially achieved (year) or on
/// track (half-year). Bound from the <see cref="SectionName"/> configuration section; see docs/status-rules.md.
/// </summary>
/// <remarks>
/// Two measures of "how far": with a usable 2017 baseline, the share of the way from the baseline to the year's
/// plan (progress); without one, the fact as a share of the plan in the indicator's direction (achievement).
/// An indicator that meets its plan is achieved (on track) whatever these are.
/// </remarks>
public sealed record StatusThresholds
{
    public const string SectionName = "Status";

    /// <summary>Year report, with a baseline: partially achieved from this much progress from baseline to plan (%).</summary>
    [Range(typeof(decimal), "0", "100", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal PartialProgressPercent { get; init; } = 50;

    /// <summary>Year report, without a baseline: partially achieved from this achievement of the plan (%).</summary>
    [Range(typeof(decimal), "0", "100", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal PartialAchievementPercent { get; init; } = 90;

    /// <summary>Half-year report, with a baseline: on track from this much progress from baseline to the annual plan (%).</summary>
    [Range(typeof(decimal), "0", "100", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal OnTrackProgressPercent { get; init; } = 50;

    /// <summary>Half-year report, without a baseline: on track from this achievement of the annual plan (%).</summary>
    [Range(typeof(decimal), "0", "100", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal OnTrackAchievementPercent { get; init; } = 90;
}
