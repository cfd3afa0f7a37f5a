using Spm.Core.Catalog;

namespace Spm.Core.Status.Dimensions;

/// <summary>
/// A row of the <c>measures</c> dimension. A classified («Құпия») or incomplete measure has its number, code, task
/// and flag and nothing else: every other column is empty, null or false.
/// </summary>
public sealed record MeasureRow
{
    /// <summary>Partition: the program; row: the zero-padded measure key (<c>M-014</c>).</summary>
    public StatusRowKey Key => new(ProgramCode, StatusKeys.MeasureRowKey(Number));

    public required string ProgramCode { get; init; }

    public required int Number { get; init; }

    /// <summary>The row code in the templates: <c>M-14</c>.</summary>
    public required string Code { get; init; }

    public required int TaskNumber { get; init; }

    public required bool Classified { get; init; }

    public required bool Incomplete { get; init; }

    public string NameKk { get; init; } = "";

    /// <summary>Always empty: the catalog has only the decree's Kazakh text.</summary>
    public string NameRu { get; init; } = "";

    public string Unit { get; init; } = "";

    public bool IsMoney { get; init; }

    public string CompletionFormKk { get; init; } = "";

    public DeadlineKind? DeadlineKind { get; init; }

    public string DeadlineTextKk { get; init; } = "";

    /// <summary>One-off due dates, <c>;</c>-joined as <c>yyyy-MM-dd</c> (local calendar dates).</summary>
    public string DueDates { get; init; } = "";

    public DateOnly? FirstDueDate { get; init; }

    public int? FromYear { get; init; }

    public int? ToYear { get; init; }

    /// <summary>The decree's «***»: reported on the half-year and the year.</summary>
    public bool HalfYearReporting { get; init; }

    public string ResponsibleCodes { get; init; } = "";

    public int ResponsibleCount { get; init; }

    public string ByAgreementCodes { get; init; } = "";

    /// <summary><c>РБ</c>, <c>ЖБ</c> or empty.</summary>
    public string Source { get; init; } = "";

    public string BudgetPrograms { get; init; } = "";

    public string FundingNoteKk { get; init; } = "";

    /// <summary>The decree's «**»: amounts may be revised by the yearly budget laws.</summary>
    public bool Revisable { get; init; }

    /// <summary>The measure's total over the program's years, as the decree states it.</summary>
    public double? Total { get; init; }

    public bool HasRegionalBreakdown { get; init; }

    public bool HasAgencyParts { get; init; }
}
