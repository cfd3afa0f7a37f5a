using System.Text.Json.Serialization;

namespace Spm.Core.Catalog;

/// <summary>
/// The machine-readable catalog of one state program: what it plans, who reports on what, and when.
/// Extracted from the decree by <c>spm catalog extract</c>; a future program is a new catalog file.
/// </summary>
public sealed record ProgramCatalog
{
    /// <summary>Version of the catalog file format (not of the program).</summary>
    public required int FormatVersion { get; init; }

    /// <summary>Version of the data: the decree text as amended on a date, and the extraction's revision.</summary>
    public required string Version { get; init; }

    public required ProgramInfo Program { get; init; }

    public required IReadOnlyList<Agency> Agencies { get; init; }

    public required IReadOnlyList<ProgramTask> Tasks { get; init; }

    public required IReadOnlyList<Indicator> Indicators { get; init; }

    public required IReadOnlyList<Measure> Measures { get; init; }

    public required IReadOnlyList<ReportingPeriod> Periods { get; init; }

    /// <summary>Every place where the extractor changed what the decree text says, with the reason.</summary>
    public required IReadOnlyList<HandCorrection> Corrections { get; init; }

    /// <summary>Where the decree's own numbers disagree and why; reconciliation fails on any other difference.</summary>
    public required IReadOnlyList<KnownDifference> KnownDifferences { get; init; }
}

/// <summary>The program itself: identity, goal and the financing totals the decree states.</summary>
public sealed record ProgramInfo
{
    /// <summary>Stable ASCII code of the program, e.g. <c>kz-cre-2018-2022</c>.</summary>
    public required string Code { get; init; }

    public required string TitleKk { get; init; }

    public required string DecreeNumber { get; init; }

    public required DateOnly DecreeDate { get; init; }

    public required IReadOnlyList<DateOnly> AmendedOn { get; init; }

    public required int FirstYear { get; init; }

    public required int LastYear { get; init; }

    public required string GoalKk { get; init; }

    /// <summary>IANA time zone in which reporting deadlines are calendar dates.</summary>
    public required string TimeZone { get; init; }

    /// <summary>The financing the decree states (million tenge), per source and year, as written in section 6.</summary>
    public required StatedFinancing StatedFinancing { get; init; }
}

/// <summary>Financing totals as the decree states them, in million tenge.</summary>
public sealed record StatedFinancing
{
    /// <summary>Republican budget (РБ) per year.</summary>
    public required SortedDictionary<string, decimal> Republican { get; init; }

    /// <summary>Local budgets (ЖБ) per year.</summary>
    public required SortedDictionary<string, decimal> Local { get; init; }

    /// <summary>Both sources per year.</summary>
    public required SortedDictionary<string, decimal> Total { get; init; }

    public required decimal RepublicanTotal { get; init; }

    public required decimal LocalTotal { get; init; }

    public required decimal GrandTotal { get; init; }
}

/// <summary>What sort of body an agency is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgencyKind>))]
public enum AgencyKind
{
    /// <summary>A central state body: ministry, service or office.</summary>
    [JsonStringEnumMemberName("central")]
    Central,

    /// <summary>The akimat of one region or city of republican significance; reports for its own region.</summary>
    [JsonStringEnumMemberName("regional")]
    Regional,

    /// <summary>A collective name in the decree (ЖАО) that stands for all regional akimats.</summary>
    [JsonStringEnumMemberName("group")]
    Group,
}

/// <summary>A body named in the decree, or one reporting unit of the local executive bodies.</summary>
public sealed record Agency
{
    /// <summary>Stable ASCII code, used in blob paths and table keys.</summary>
    public required string Code { get; init; }

    /// <summary>The decree's abbreviation (for a region, the region's Kazakh name).</summary>
    public required string Abbreviation { get; init; }

    public required string NameKk { get; init; }

    public required AgencyKind Kind { get; init; }

    /// <summary>For a group, the codes of its members.</summary>
    public IReadOnlyList<string>? Members { get; init; }
}

/// <summary>One of the program's tasks (міндеттер).</summary>
public sealed record ProgramTask
{
    public required int Number { get; init; }

    public required string NameKk { get; init; }
}

/// <summary>Whether an indicator is a target indicator of the goal or a result indicator of a task.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IndicatorLevel>))]
public enum IndicatorLevel
{
    [JsonStringEnumMemberName("target")]
    Target,

    [JsonStringEnumMemberName("result")]
    Result,
}

/// <summary>Which way an indicator should move.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IndicatorDirection>))]
public enum IndicatorDirection
{
    [JsonStringEnumMemberName("higher")]
    Higher,

    [JsonStringEnumMemberName("lower")]
    Lower,
}

/// <summary>A target or result indicator with its yearly plan.</summary>
public sealed record Indicator
{
    /// <summary><c>TI-n</c> for target indicators, <c>RI-task.n</c> for result indicators.</summary>
    public required string Code { get; init; }

    public required IndicatorLevel Level { get; init; }

    /// <summary>The task a result indicator belongs to; null for target indicators.</summary>
    public int? Task { get; init; }

    public required string NameKk { get; init; }

    public required string Unit { get; init; }

    public required string SourceKk { get; init; }

    public required IndicatorDirection Direction { get; init; }

    /// <summary>Why the direction is what it is, from the indicator's wording.</summary>
    public required string DirectionReason { get; init; }

    /// <summary>2017 fact; null where the decree gives a dash.</summary>
    public decimal? Baseline2017 { get; init; }

    /// <summary>Plan per year ("2018" … "2022").</summary>
    public required SortedDictionary<string, decimal?> Plan { get; init; }

    /// <summary>Responsible agency codes in the decree's order; the first is the lead. ЖАО expands to the regions.</summary>
    public required IReadOnlyList<string> Responsible { get; init; }

    /// <summary>The lead agency (the first one listed).</summary>
    public required string Lead { get; init; }

    /// <summary>Agencies that take part «келісім бойынша» (by agreement).</summary>
    public required IReadOnlyList<string> ByAgreement { get; init; }
}

/// <summary>A measure (іс-шара) of the action plan.</summary>
public sealed record Measure
{
    public required int Number { get; init; }

    public required int Task { get; init; }

    /// <summary>«Құпия» rows: nothing but the number and task is kept, and reports naming them are rejected.</summary>
    public bool Classified { get; init; }

    public string? NameKk { get; init; }

    public string? Unit { get; init; }

    public string? CompletionFormKk { get; init; }

    public Deadline? Deadline { get; init; }

    /// <summary>Responsible reporting units (ЖАО expanded to the 16 regions), in the decree's order.</summary>
    public IReadOnlyList<string> Responsible { get; init; } = [];

    /// <summary>Agencies that take part «келісім бойынша» (by agreement).</summary>
    public IReadOnlyList<string> ByAgreement { get; init; } = [];

    /// <summary>Planned value per year (money in million tenge, or a quantity in <see cref="Unit"/>); null where the cell is empty.</summary>
    public SortedDictionary<string, decimal?>? Plan { get; init; }

    public decimal? Total { get; init; }

    /// <summary>The decree's «**»: amounts may be revised by the yearly budget laws.</summary>
    public bool Revisable { get; init; }

    /// <summary><c>РБ</c> (republican budget), <c>ЖБ</c> (local budget) or null.</summary>
    public string? Source { get; init; }

    public IReadOnlyList<string> BudgetPrograms { get; init; } = [];

    /// <summary>«талап етілмейді» (no funding required) or «көзделген қаражат шегінде» (within allocated funds).</summary>
    public string? FundingNoteKk { get; init; }

    /// <summary>Per-agency rows under the measure, where the decree splits it by agency or by sub-item.</summary>
    public IReadOnlyList<MeasurePart> Parts { get; init; } = [];

    /// <summary>Per-region breakdown for local executive bodies: region code → {"2018": n, …, "total": n}.</summary>
    public SortedDictionary<string, SortedDictionary<string, decimal?>>? Regions { get; init; }

    /// <summary>Regions whose row carries a note instead of numbers («көзделген қаражат шегінде»).</summary>
    public SortedDictionary<string, string>? RegionNotesKk { get; init; }

    /// <summary>True where the decree text lacks part of the row (see the catalog README).</summary>
    public bool Incomplete { get; init; }

    /// <summary>Whether the measure is planned in money (million tenge).</summary>
    [JsonIgnore]
    public bool IsMoney => Unit is not null && Unit.Replace(" ", "", StringComparison.Ordinal).StartsWith("млн.теңге", StringComparison.Ordinal);
}

/// <summary>A sub-row of a measure: one agency's share, or a named component.</summary>
public sealed record MeasurePart
{
    public string? NameKk { get; init; }

    public required IReadOnlyList<string> Responsible { get; init; }

    public SortedDictionary<string, decimal?>? Plan { get; init; }

    public decimal? Total { get; init; }

    public string? Source { get; init; }

    public IReadOnlyList<string> BudgetPrograms { get; init; } = [];

    public string? FundingNoteKk { get; init; }
}

/// <summary>A place where the decree's own numbers disagree, with the explanation.</summary>
public sealed record KnownDifference
{
    /// <summary>Stable id of the check, e.g. <c>measure 17/row-total</c>.</summary>
    public required string Id { get; init; }

    public required decimal Expected { get; init; }

    public required decimal Actual { get; init; }

    public required string Why { get; init; }
}

/// <summary>How a measure's deadline («Орындау мерзімі») reads.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeadlineKind>))]
public enum DeadlineKind
{
    /// <summary>«жыл сайын»: every year, reported each half-year.</summary>
    [JsonStringEnumMemberName("annual")]
    Annual,

    /// <summary>«тұрақты»: constant, reported each half-year.</summary>
    [JsonStringEnumMemberName("constant")]
    Constant,

    /// <summary>A span of years («2018 – 2022 жылдар»).</summary>
    [JsonStringEnumMemberName("years")]
    Years,

    /// <summary>One or more specific due dates.</summary>
    [JsonStringEnumMemberName("dates")]
    Dates,
}

/// <summary>A measure's deadline: the text and what it means.</summary>
public sealed record Deadline
{
    public required string TextKk { get; init; }

    public required DeadlineKind Kind { get; init; }

    /// <summary>True where the decree marks the row «***»: reported on the half-year and the year.</summary>
    public required bool HalfYearReporting { get; init; }

    public IReadOnlyList<DateOnly> Dates { get; init; } = [];

    public int? FromYear { get; init; }

    public int? ToYear { get; init; }
}

/// <summary>A reporting period: the half-year or the full year, with its due date in local time.</summary>
public sealed record ReportingPeriod
{
    /// <summary><c>2019-H1</c> or <c>2019-FY</c>.</summary>
    public required string Code { get; init; }

    public required int Year { get; init; }

    /// <summary><c>H1</c> or <c>FY</c>.</summary>
    public required string Kind { get; init; }

    public required DateOnly Starts { get; init; }

    public required DateOnly Ends { get; init; }

    /// <summary>The due date, a calendar date in the program's time zone (reports are due by the end of it).</summary>
    public required DateOnly Due { get; init; }
}

/// <summary>A change the extractor makes to the decree's text, justified by the decree's own numbers.</summary>
public sealed record HandCorrection
{
    public required string Id { get; init; }

    public required string Where { get; init; }

    public required string Found { get; init; }

    public required string Used { get; init; }

    public required string Why { get; init; }
}
