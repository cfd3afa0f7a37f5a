namespace Spm.Core.Status;

/// <summary>How an indicator stands in a period (docs/status-rules.md, "Indicators").</summary>
public enum IndicatorStatus
{
    /// <summary>Nothing accepted yet and the period's due date has not passed.</summary>
    NotDue,

    /// <summary>Nothing accepted and the due date has passed.</summary>
    NotReported,

    /// <summary>A fact was reported but the catalog has no plan for the year: nothing to judge it against.</summary>
    NoPlan,

    /// <summary>Year report: the fact meets the plan in the indicator's direction.</summary>
    Achieved,

    /// <summary>Year report: short of the plan, but within the configured threshold.</summary>
    PartiallyAchieved,

    /// <summary>Year report: short of the plan beyond the threshold.</summary>
    NotAchieved,

    /// <summary>Half-year report: meets the annual plan already, or is within the configured threshold of it.</summary>
    OnTrack,

    /// <summary>Half-year report: short of the annual plan beyond the threshold.</summary>
    AtRisk,
}
