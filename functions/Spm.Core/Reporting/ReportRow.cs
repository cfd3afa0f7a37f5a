namespace Spm.Core.Reporting;

/// <summary>Whether a report row is about an indicator or a measure.</summary>
public enum ReportRowKind
{
    Indicator,
    Measure,
}

/// <summary>One thing an agency must report in a period: an indicator it leads or a measure it is responsible for.</summary>
public sealed record ReportRow
{
    /// <summary>Stable ASCII code: the indicator's code (<c>TI-1</c>, <c>RI-1.2</c>) or <c>M-</c> and the measure's number (<c>M-14</c>).</summary>
    public required string Code { get; init; }

    public required ReportRowKind Kind { get; init; }

    public required string NameKk { get; init; }

    /// <summary>The unit as the decree writes it; empty where the decree gives none.</summary>
    public required string Unit { get; init; }

    /// <summary>
    /// The plan for the period's year: for a region on a regional measure, the region's own row; for an agency
    /// with its own sub-row of the measure, that sub-row; otherwise the measure's (or indicator's) row. Null where the decree gives none.
    /// </summary>
    public decimal? PlanForYear { get; init; }

    /// <summary>Whether the measure is planned in money, so the amount spent is asked for.</summary>
    public required bool HasMoney { get; init; }

    /// <summary>The funding source of a measure (<c>РБ</c> republican, <c>ЖБ</c> local budget); null for indicators and unfunded measures.</summary>
    public string? Source { get; init; }
}
