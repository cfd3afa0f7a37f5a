using Spm.Core.Workbooks;

namespace Spm.Core.Reporting.Validation;

/// <summary>Whether a finding blocks acceptance.</summary>
public enum FindingSeverity
{
    /// <summary>The report is rejected until it is fixed.</summary>
    Error,

    /// <summary>Worth a look; the report is still accepted.</summary>
    Warning,
}

/// <summary>
/// One thing wrong with an uploaded report, pinned to its cell where it has one, with the message for the
/// agency in Kazakh and Russian and an English one for logs (which never quotes cell contents).
/// </summary>
public sealed record Finding(
    FindingSeverity Severity,
    string RuleId,
    string? Sheet,
    string? Cell,
    string? RowCode,
    string Kazakh,
    string Russian,
    string English)
{
    /// <summary>1-based row of <see cref="Cell"/>, for ordering; 0 when the finding has no cell.</summary>
    public int Row => Cell is not null && CellReference.TryParse(Cell, out _, out var row) ? row : 0;

    /// <summary>1-based column of <see cref="Cell"/>; 0 when the finding has no cell.</summary>
    public int Column => Cell is not null && CellReference.TryParse(Cell, out var column, out _) ? column : 0;

    public static Finding FromProblem(WorkbookProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new Finding(FindingSeverity.Error, problem.RuleId, problem.Sheet, problem.Cell, null, problem.Kazakh, problem.Russian, problem.Detail);
    }
}
