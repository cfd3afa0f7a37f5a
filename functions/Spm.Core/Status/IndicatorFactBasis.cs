namespace Spm.Core.Status;

/// <summary>Where an indicator row's fact comes from.</summary>
public enum IndicatorFactBasis
{
    /// <summary>The lead agency's reported value: the indicator's national figure.</summary>
    LeadReport,

    /// <summary>One region's reported value, for an indicator led by the local executive bodies (ЖАО).</summary>
    RegionReport,

    /// <summary>
    /// The national figure of an ЖАО-led indicator: the mean of the regions that reported (percentages without
    /// denominators cannot be weighted), standing on <see cref="IndicatorStatusRow.UnitsReported"/> regions.
    /// </summary>
    MeanOfRegions,
}
