namespace Spm.Core.Status.Dimensions;

/// <summary>
/// A row of the <c>measureplans</c> dimension: a measure's plan for a year, for one reporting unit (the plan its
/// template shows) or for the measure as a whole (<see cref="StatusKeys.AllUnits"/>).
/// </summary>
public sealed record MeasurePlanRow
{
    /// <summary>Partition: the program; row: measure, year and unit (<c>M-014|2019|akmola</c>).</summary>
    public StatusRowKey Key => new(ProgramCode, FormattableString.Invariant($"{StatusKeys.MeasureRowKey(MeasureNumber)}|{Year}|{UnitCode}"));

    public required string ProgramCode { get; init; }

    public required int MeasureNumber { get; init; }

    public required string MeasureCode { get; init; }

    public required int Year { get; init; }

    public required string UnitCode { get; init; }

    public required bool IsNational { get; init; }

    /// <summary>Million tenge for money measures, else a quantity in <see cref="Unit"/>; null where the decree gives none.</summary>
    public double? Plan { get; init; }

    public required string Unit { get; init; }

    public required bool IsMoney { get; init; }

    /// <summary>The measure's source, <c>РБ</c>, <c>ЖБ</c> or empty.</summary>
    public required string Source { get; init; }

    /// <summary>Whether the unit is reported in some period of the year (a plan may lie outside the measure's deadline).</summary>
    public required bool Reported { get; init; }

    /// <summary>Whether the unit's figures count in the measure's national line (<c>MeasureRules.ContributesToNationalLine</c>).</summary>
    public required bool CountsInNationalLine { get; init; }
}
