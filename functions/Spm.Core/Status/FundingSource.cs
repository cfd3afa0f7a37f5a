namespace Spm.Core.Status;

/// <summary>Where a measure's money comes from.</summary>
public enum FundingSource
{
    /// <summary>Republican budget, «РБ».</summary>
    Republican,

    /// <summary>Local budgets, «ЖБ».</summary>
    Local,
}
