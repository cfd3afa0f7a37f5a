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

    public static List<WorkbookText> Texts(IWorkbook workbook)
    {
        using var cursor = workbook.ReadAllText();
        var texts = new List<WorkbookText>();
        while (cursor.Read())
        {
            texts.Add(cursor.Current);
        }

        Assert.Null(cursor.Problem);
        return texts;
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
        using (var texts = workbook.ReadAllText())
        {
            while (texts.Read())
            {
            }

            AddIfAny(problems, texts.Problem);
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
