using System.Diagnostics.CodeAnalysis;
using Spm.Core.Screening;

namespace Spm.Core.Workbooks;

/// <summary>Opens an uploaded workbook after checking that it is safe to read.</summary>
public interface IWorkbookReader
{
    /// <summary>
    /// Checks the container and opens the workbook, or reports the first problem found.
    /// The caller keeps ownership of <paramref name="content"/> and must not dispose it before the workbook.
    /// </summary>
    Task<WorkbookOpening> OpenAsync(Stream content, CancellationToken cancellationToken);
}

/// <summary>An open workbook whose sheets and texts are read as streams.</summary>
public interface IWorkbook : IDisposable
{
    /// <summary>All sheets in tab order, hidden ones included.</summary>
    IReadOnlyList<WorkbookSheet> Sheets { get; }

    /// <summary>The workbook counts date serials from 1904 rather than 1900.</summary>
    bool Uses1904DateSystem { get; }

    /// <summary>
    /// Streams the rows of the named sheet (matched ignoring case and stray spaces);
    /// a missing sheet ends the cursor at once with <see cref="WorkbookRules.SheetMissing"/>.
    /// With a <paramref name="screen"/>, the same pass hands it every row and every other text of that sheet's part
    /// (read the cursor to its end for the screen to see the whole part).
    /// </summary>
    IWorkbookCursor<WorkbookRow> ReadRows(string sheetName, IScreeningSink? screen = null);

    /// <summary>
    /// Hands the screen everything a person or an application can display from the workbook — every sheet (hidden
    /// ones too), the shared strings, names, comments, headers, properties… — and every part it could not read or
    /// that a report may not carry. The sheet named <paramref name="exceptSheet"/> is left to <see cref="ReadRows"/>.
    /// </summary>
    void Screen(IScreeningSink screen, string? exceptSheet = null);
}

/// <summary>A forward-only cursor that ends early with a <see cref="Problem"/> instead of throwing.</summary>
public interface IWorkbookCursor<out T> : IDisposable
{
    /// <summary>Moves to the next item; false at the end or when a problem stopped the reading.</summary>
    bool Read();

    /// <summary>The item the last successful <see cref="Read"/> moved to.</summary>
    T Current { get; }

    /// <summary>Why reading stopped early, or null if it reached the end (or has not yet).</summary>
    WorkbookProblem? Problem { get; }
}

/// <summary>The outcome of opening a workbook: either a workbook or the problem that stopped it.</summary>
public sealed class WorkbookOpening
{
    private WorkbookOpening(IWorkbook? workbook, WorkbookProblem? problem)
    {
        Workbook = workbook;
        Problem = problem;
    }

    public IWorkbook? Workbook { get; }

    public WorkbookProblem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Workbook))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsOpen => Workbook is not null;

    public static WorkbookOpening Opened(IWorkbook workbook) => new(workbook, null);

    public static WorkbookOpening Rejected(WorkbookProblem problem) => new(null, problem);
}
