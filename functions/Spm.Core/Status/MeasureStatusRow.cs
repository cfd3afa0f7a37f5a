using Spm.Core.Reporting.Validation;

namespace Spm.Core.Status;

/// <summary>
/// One row of the <c>measurestatus</c> fact table: a measure in a period, for one reporting unit that owes it, or the
/// measure's national line (<see cref="StatusKeys.AllUnits"/>) aggregating them. Classified and incomplete measures
/// have no rows (nobody reports them).
/// </summary>
/// <remarks>
/// Counts on a unit's row are 0 or 1, so the units' rows add up to the national line's counts.
/// </remarks>
public sealed record MeasureStatusRow
{
    /// <summary>Partition: the period; row: zero-padded measure number and unit (<c>M-014|akmola</c>, <c>M-014|all</c>).</summary>
    public StatusRowKey Key => new(PeriodCode, StatusKeys.MeasureRowKey(MeasureNumber) + "|" + UnitCode);

    public required string PeriodCode { get; init; }

    public required int Year { get; init; }

    public required string PeriodKind { get; init; }

    public required int MeasureNumber { get; init; }

    /// <summary>The row code in the templates: <c>M-14</c>.</summary>
    public required string MeasureCode { get; init; }

    public required int TaskNumber { get; init; }

    /// <summary>The reporting unit, or <c>all</c> on the national line.</summary>
    public required string UnitCode { get; init; }

    public required bool IsNational { get; init; }

    /// <summary>The measure's unit as the decree writes it; empty where it gives none.</summary>
    public required string Unit { get; init; }

    public required bool IsMoney { get; init; }

    /// <summary><c>РБ</c>, <c>ЖБ</c> or empty.</summary>
    public required string Source { get; init; }

    /// <summary>The unit's plan for the year as in its template; on the national line the measure's own row.</summary>
    public double? Plan { get; init; }

    public required MeasureReportState State { get; init; }

    /// <summary>The reported fact; on the national line the sum over contributing units, null where the unit cannot be summed.</summary>
    public double? Fact { get; init; }

    public double? FactPercent { get; init; }

    /// <summary>Amount spent, million tenge (money measures); on the national line the sum over contributing units.</summary>
    public double? Spent { get; init; }

    /// <summary>Budget execution: spent ÷ plan × 100.</summary>
    public double? BudgetExecutionPercent { get; init; }

    /// <summary>National line only: spent reported by co-executors that do not count in the line (see the rules).</summary>
    public double? SpentOutsideLine { get; init; }

    /// <summary>Whether the unit's figures count in the national line (on the national line: always true).</summary>
    public required bool CountsInNationalLine { get; init; }

    /// <summary>The status reported on a unit's row; null on the national line and when not reported.</summary>
    public ExecutionStatus? ExecutionStatus { get; init; }

    public required int UnitsOwing { get; init; }

    public required int UnitsReported { get; init; }

    public required int ExecutedCount { get; init; }

    public required int InProgressCount { get; init; }

    public required int NotExecutedCount { get; init; }

    public required int NotReportedCount { get; init; }

    /// <summary>Units that owe the row and have no accepted report, <c>;</c>-joined in the decree's order.</summary>
    public string NotReportedUnits { get; init; } = "";

    /// <summary>One-off measures: the earliest due date the period's report answers for (local calendar date).</summary>
    public DateOnly? DueDate { get; init; }

    public required bool IsOverdue { get; init; }

    /// <summary>Local days since <see cref="DueDate"/> while overdue (the most of any unit on the national line).</summary>
    public int? DaysOverdue { get; init; }

    public required int OverdueCount { get; init; }

    public string SubmissionId { get; init; } = "";

    public string Comment { get; init; } = "";
}
