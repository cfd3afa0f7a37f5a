namespace Spm.Core.Status.Dimensions;

/// <summary>A row of the <c>periods</c> dimension: a half-year or a year and when its report is due.</summary>
public sealed record PeriodRow
{
    public StatusRowKey Key => new(ProgramCode, Code);

    public required string ProgramCode { get; init; }

    /// <summary><c>2019-H1</c>, <c>2019-FY</c>: the partition key of every fact table.</summary>
    public required string Code { get; init; }

    public required int Year { get; init; }

    /// <summary><c>H1</c> or <c>FY</c>.</summary>
    public required string Kind { get; init; }

    public required DateOnly Starts { get; init; }

    public required DateOnly Ends { get; init; }

    /// <summary>The due date, a calendar date in the program's time zone; reports are due by the end of it.</summary>
    public required DateOnly DueDate { get; init; }

    /// <summary>The first instant (UTC) at which a report not yet accepted is missing: the start of the next local day.</summary>
    public required DateTimeOffset OverdueFromUtc { get; init; }

    /// <summary>Position in the catalog's order, from 1.</summary>
    public required int Order { get; init; }
}
