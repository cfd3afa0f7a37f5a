using Spm.Core.Screening;
using Spm.Core.Workbooks;
using Spm.Infrastructure.Xlsx;

namespace Spm.Infrastructure.Tests.Xlsx;

/// <summary>Opening and draining workbooks in tests.</summary>
internal static class Workbooks
{
    public static WorkbookOpening Open(byte[] bytes, WorkbookLimits? limits = null) =>
        new XlsxWorkbookReader(limits ?? new WorkbookLimits()).Open(new MemoryStream(bytes));

    public static IWorkbook OpenOk(byte[] bytes, WorkbookLimits? limits = null)
    {
        var opening = Open(bytes, limits);
        Assert.True(opening.IsOpen, opening.Problem?.RuleId + ": " + opening.Problem?.Detail);
        return opening.Workbook;
    }

    public static List<WorkbookRow> Rows(IWorkbook workbook, string sheet)
    {
        using var cursor = workbook.ReadRows(sheet);
        var rows = new List<WorkbookRow>();
        while (cursor.Read())
        {
            rows.Add(cursor.Current);
        }

        Assert.Null(cursor.Problem);
        return rows;
    }

    /// <summary>Every text the workbook hands the screen (cells as texts of origin Cell and Formula); problems are not checked.</summary>
    public static List<WorkbookText> Texts(IWorkbook workbook) => Screen(workbook).Texts;

    /// <summary>What the lenient screen of a whole upload hands on, read from bytes (any file, allowed shape or not).</summary>
    public static RecordingSink ScreenBytes(byte[] bytes, WorkbookLimits? limits = null)
    {
        var sink = new RecordingSink();
        new XlsxScreen(limits ?? new WorkbookLimits(), new ClassifiedScreen(Spm.Core.Catalog.CatalogJson.LoadEmbedded())).Screen(bytes, sink, CancellationToken.None);
        return sink;
    }

    /// <summary>What the workbook hands the screen: texts (cells included) and problems.</summary>
    public static RecordingSink Screen(IWorkbook workbook)
    {
        var sink = new RecordingSink();
        workbook.Screen(sink);
        return sink;
    }

    public static WorkbookCell Cell(IEnumerable<WorkbookRow> rows, string reference)
    {
        Assert.True(CellReference.TryParse(reference, out var column, out var row));
        return Assert.Single(rows.Where(r => r.Index == row).SelectMany(r => r.Cells), c => c.Column == column);
    }

    /// <summary>Every problem met while opening, scanning all text and reading every sheet.</summary>
    public static List<WorkbookProblem> AllProblems(byte[] bytes, WorkbookLimits? limits = null)
    {
        var opening = Open(bytes, limits);
        if (!opening.IsOpen)
        {
            return [opening.Problem];
        }

        var problems = new List<WorkbookProblem>();
        using var workbook = opening.Workbook;
        var screen = Screen(workbook);
        foreach (var problem in screen.Problems)
        {
            AddIfAny(problems, problem);
        }

        foreach (var sheet in workbook.Sheets)
        {
            using var rows = workbook.ReadRows(sheet.Name);
            while (rows.Read())
            {
            }

            AddIfAny(problems, rows.Problem);
        }

        return problems;
    }

    private static void AddIfAny(List<WorkbookProblem> problems, WorkbookProblem? problem)
    {
        if (problem is not null && !problems.Exists(p => p.RuleId == problem.RuleId))
        {
            problems.Add(problem);
        }
    }
}

/// <summary>A screening sink that keeps everything it is handed.</summary>
internal sealed class RecordingSink : IScreeningSink
{
    public List<WorkbookText> Texts { get; } = [];

    public List<WorkbookProblem> Problems { get; } = [];

    public void Text(in WorkbookText text) => Texts.Add(text);

    public void Row(string sheet, WorkbookRow row)
    {
        foreach (var cell in row.Cells)
        {
            if (cell.Text.Length > 0)
            {
                Texts.Add(new WorkbookText(WorkbookTextOrigin.Cell, "", sheet, null, cell.Text) { Row = cell.Row, Column = cell.Column });
            }

            if (!string.IsNullOrEmpty(cell.Formula))
            {
                Texts.Add(new WorkbookText(WorkbookTextOrigin.Formula, "", sheet, null, cell.Formula) { Row = cell.Row, Column = cell.Column, Kind = WorkbookTextKind.Formula });
            }
        }
    }

    public void Problem(WorkbookProblem problem) => Problems.Add(problem);
}
