using Spm.Core.Catalog;

namespace Spm.Core.Status;

/// <summary>
/// The indicator rules, each a pure function: direction-aware achievement against the plan, progress from the
/// 2017 baseline, and the classification of a year or half-year fact. See docs/status-rules.md, "Indicators".
/// </summary>
public static class IndicatorRules
{
    /// <summary>Whether the fact meets the plan: at or above it for higher-is-better, at or below it for lower-is-better.</summary>
    public static bool MeetsPlan(IndicatorDirection direction, decimal fact, decimal plan) =>
        direction == IndicatorDirection.Lower ? fact <= plan : fact >= plan;

    /// <summary>
    /// The fact as a percentage of the plan in the indicator's direction: fact ÷ plan for higher-is-better,
    /// plan ÷ fact for lower-is-better (so 100 is the plan met exactly and less is short of it either way).
    /// Null where the divisor is zero.
    /// </summary>
    public static decimal? AchievementPercent(IndicatorDirection direction, decimal fact, decimal plan)
    {
        var (numerator, divisor) = direction == IndicatorDirection.Lower ? (plan, fact) : (fact, plan);
        return divisor == 0 ? null : numerator / divisor * 100;
    }

    /// <summary>
    /// How far the fact has moved from the 2017 baseline towards the plan, as a percentage of the way:
    /// (fact − baseline) ÷ (plan − baseline). Negative when it moved the wrong way, above 100 past the plan.
    /// Null without a baseline, or where the plan does not lie beyond the baseline in the indicator's direction
    /// (a plan to hold the baseline, such as 100 % kept at 100 %, has no way to go).
    /// </summary>
    public static decimal? ProgressPercent(IndicatorDirection direction, decimal? baseline, decimal plan, decimal fact)
    {
        if (baseline is not { } b)
        {
            return null;
        }

        var way = plan - b;
        var ahead = direction == IndicatorDirection.Lower ? way < 0 : way > 0;
        return ahead ? (fact - b) / way * 100 : null;
    }

    /// <summary>
    /// A year (FY) report: achieved when the fact meets the plan; otherwise partially achieved when progress from the
    /// baseline reaches <see cref="StatusThresholds.PartialProgressPercent"/> or, without a usable baseline,
    /// achievement reaches <see cref="StatusThresholds.PartialAchievementPercent"/>; otherwise not achieved.
    /// </summary>
    public static IndicatorStatus ClassifyYear(IndicatorDirection direction, decimal? baseline, decimal? plan, decimal fact, StatusThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return Classify(
            direction, baseline, plan, fact, thresholds.PartialProgressPercent, thresholds.PartialAchievementPercent,
            IndicatorStatus.Achieved, IndicatorStatus.PartiallyAchieved, IndicatorStatus.NotAchieved);
    }

    /// <summary>
    /// A half-year (H1) report, judged against the annual plan: on track when the fact already meets it, or progress
    /// from the baseline reaches <see cref="StatusThresholds.OnTrackProgressPercent"/> or, without a usable
    /// baseline, achievement reaches <see cref="StatusThresholds.OnTrackAchievementPercent"/>; otherwise at risk.
    /// </summary>
    public static IndicatorStatus ClassifyHalfYear(IndicatorDirection direction, decimal? baseline, decimal? plan, decimal fact, StatusThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return Classify(
            direction, baseline, plan, fact, thresholds.OnTrackProgressPercent, thresholds.OnTrackAchievementPercent,
            IndicatorStatus.OnTrack, IndicatorStatus.OnTrack, IndicatorStatus.AtRisk);
    }

    /// <summary>No fact accepted: not due while the due date has not passed, not reported after it.</summary>
    public static IndicatorStatus Unreported(bool pastDue) => pastDue ? IndicatorStatus.NotReported : IndicatorStatus.NotDue;

    /// <summary>The national figure of an ЖАО-led indicator: the plain mean of the regions that reported; null when none did.</summary>
    public static decimal? NationalMean(IReadOnlyCollection<decimal> regionFacts)
    {
        ArgumentNullException.ThrowIfNull(regionFacts);
        return regionFacts.Count == 0 ? null : regionFacts.Sum() / regionFacts.Count;
    }

    private static IndicatorStatus Classify(
        IndicatorDirection direction,
        decimal? baseline,
        decimal? plan,
        decimal fact,
        decimal progressThreshold,
        decimal achievementThreshold,
        IndicatorStatus met,
        IndicatorStatus close,
        IndicatorStatus missed)
    {
        if (plan is not { } p)
        {
            return IndicatorStatus.NoPlan;
        }

        if (MeetsPlan(direction, fact, p))
        {
            return met;
        }

        // With a baseline, "close" means most of the way from where the program started; a fact that went backwards
        // is never close, however near the plan it is in ratio.
        if (ProgressPercent(direction, baseline, p, fact) is { } progress)
        {
            return progress >= progressThreshold ? close : missed;
        }

        return AchievementPercent(direction, fact, p) is { } achievement && achievement >= achievementThreshold ? close : missed;
    }
}
