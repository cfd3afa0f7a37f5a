using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Xlsx;

/// <summary>The part a streaming read is in, so a failure can be reported against it.</summary>
internal sealed class PartContext
{
    public string? Part { get; set; }
}

/// <summary>Runs a streaming iterator and turns the failures hostile files cause into a <see cref="Problem"/>.</summary>
internal sealed class GuardedCursor<T> : IWorkbookCursor<T>
{
    private readonly PartContext _context;
    private IEnumerator<T>? _items;

    public GuardedCursor(IEnumerable<T> items, PartContext context)
    {
        _items = items.GetEnumerator();
        _context = context;
    }

    private GuardedCursor(WorkbookProblem problem)
    {
        _context = new PartContext();
        Problem = problem;
    }

    public T Current { get; private set; } = default!;

    public WorkbookProblem? Problem { get; private set; }

    public static GuardedCursor<T> Failed(WorkbookProblem problem) => new(problem);

    public bool Read()
    {
        if (_items is null)
        {
            return false;
        }

        try
        {
            if (_items.MoveNext())
            {
                Current = _items.Current;
                return true;
            }
        }
        catch (Exception exception) when (XlsxFailure.TryMap(exception, _context.Part, out var problem))
        {
            Problem = problem;
        }

        Dispose();
        return false;
    }

    public void Dispose()
    {
        var items = _items;
        _items = null;
        items?.Dispose();
    }
}
