using System.Globalization;
using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Screening;
using Spm.Core.Workbooks;
using static Spm.Core.Reporting.ReportTemplateLayout;

namespace Spm.Core.Tests.Reporting.Validation;

/// <summary>
/// A hand-written workbook in memory, laid out like our template, for testing the rules one by one.
/// The real xlsx path (writer → file → reader → validator) is covered by the integration tests.
/// </summary>
public sealed class InMemoryWorkbook : IWorkbook
{
    private readonly Dictionary<string, SortedDictionary<int, SortedDictionary<int, string>>> sheets = new(StringComparer.Ordinal);
    private readonly List<WorkbookSheet> order = [];

    public IReadOnlyList<WorkbookSheet> Sheets => order;

    public bool Uses1904DateSystem => false;

    /// <summary>Extra texts found elsewhere in the file (comments, properties…).</summary>
    public List<WorkbookText> HiddenTexts { get; } = [];

    /// <summary>Builds the template of <paramref name="agency"/> for <paramref name="period"/>, rows unfilled.</summary>
    public static InMemoryWorkbook Template(LoadedCatalog catalog, string agency, string period)
    {
        var obligations = ReportObligations.For(catalog.Catalog, agency, period);
        if (!obligations.Succeeded)
        {
            throw new ArgumentException(obligations.Message);
        }

        var wb = new InMemoryWorkbook();
        wb.Set(ReportSheet, 1, 1, "Бағдарлама / Программа");
        var headings = ReportTemplateLayout.Headings(obligations.Period!.Year);
        for (var column = 1; column <= headings.Count; column++)
        {
            wb.Set(ReportSheet, HeadingRow, column, headings[column - 1]);
        }

        var row = FirstDataRow;
        foreach (var r in obligations.Rows)
        {
            wb.Set(ReportSheet, row, 1, r.Code);
            wb.Set(ReportSheet, row, 2, r.NameKk);
            wb.Set(ReportSheet, row, 3, r.Unit);
            if (r.PlanForYear is { } plan)
            {
                wb.Set(ReportSheet, row, 4, plan.ToString(CultureInfo.InvariantCulture));
            }

            row++;
        }

        var identity = new (string, string)[]
        {
            (TemplateFormatKey, "1"),
            (CatalogCodeKey, catalog.Catalog.Program.Code),
            (CatalogVersionKey, catalog.Catalog.Version),
            (CatalogSha256Key, catalog.Sha256),
            (AgencyKey, agency),
            (PeriodKey, period),
        };
        var i = 1;
        foreach (var (key, value) in identity)
        {
            wb.Set(IdentitySheet, i, 1, key);
            wb.Set(IdentitySheet, i++, 2, value);
        }

        wb.order[1] = wb.order[1] with { Visibility = SheetVisibility.VeryHidden };
        return wb;
    }

    public InMemoryWorkbook Set(string sheet, int row, int column, string? text)
    {
        if (!sheets.TryGetValue(sheet, out var rows))
        {
            rows = [];
            sheets[sheet] = rows;
            order.Add(new WorkbookSheet(sheet, order.Count, SheetVisibility.Visible, SheetKind.Worksheet));
        }

        if (!rows.TryGetValue(row, out var cells))
        {
            cells = [];
            rows[row] = cells;
        }

        if (text is null)
        {
            cells.Remove(column);
        }
        else
        {
            cells[column] = text;
        }

        return this;
    }

    public int RowOf(string code) =>
        sheets[ReportSheet].Single(r => r.Value.TryGetValue(1, out var a) && a == code).Key;

    /// <summary>Fills a report row: fact (E), spent (F), status (G), comment (H); null leaves a cell empty.</summary>
    public InMemoryWorkbook Fill(string code, string? fact, string? spent = null, string? status = Executed, string? comment = null)
    {
        var row = RowOf(code);
        Set(ReportSheet, row, 5, fact);
        Set(ReportSheet, row, 6, spent);
        Set(ReportSheet, row, 7, status);
        return Set(ReportSheet, row, 8, comment);
    }

    /// <summary>Rows of a sheet with their cells, in order: what a file writer needs.</summary>
    public IEnumerable<(int Row, IReadOnlyList<WorkbookCell> Cells)> RowsOf(string sheet) =>
        sheets.TryGetValue(sheet, out var rows)
            ? rows.Where(r => r.Value.Count > 0).Select(r => (r.Key, (IReadOnlyList<WorkbookCell>)[.. r.Value.Select(c => Cell(r.Key, c.Key, c.Value))]))
            : [];

    public InMemoryWorkbook RemoveSheet(string sheet)
    {
        sheets.Remove(sheet);
        order.RemoveAll(s => s.Name == sheet);
        return this;
    }

    public InMemoryWorkbook RemoveRow(string code)
    {
        sheets[ReportSheet].Remove(RowOf(code));
        return this;
    }

    /// <summary>Moves every row down, as if the agency inserted rows at the top.</summary>
    public InMemoryWorkbook InsertRowsAtTop(int count)
    {
        var rows = sheets[ReportSheet];
        var moved = rows.ToDictionary(r => r.Key + count, r => r.Value);
        rows.Clear();
        foreach (var (k, v) in moved)
        {
            rows[k] = v;
        }

        return this;
    }

    public IWorkbookCursor<WorkbookRow> ReadRows(string sheetName, IScreeningSink? screen = null)
    {
        if (!sheets.TryGetValue(sheetName, out var rows))
        {
            return new ListCursor<WorkbookRow>([], new WorkbookProblem(WorkbookRules.SheetMissing, "kk", "ru", "missing"));
        }

        var list = rows
            .Where(r => r.Value.Count > 0)
            .Select(r => new WorkbookRow(r.Key, false, [.. r.Value.Select(c => Cell(r.Key, c.Key, c.Value))]))
            .ToList();
        foreach (var row in list)
        {
            screen?.Row(sheetName, row);
        }

        return new ListCursor<WorkbookRow>(list, null);
    }

    /// <summary>Like a real file: every cell string as the shared string table holds it, the other sheets' rows, the hidden texts.</summary>
    public void Screen(IScreeningSink screen, string? exceptSheet = null)
    {
        foreach (var (name, rows) in sheets)
        {
            foreach (var (row, cells) in rows)
            {
                foreach (var (column, text) in cells)
                {
                    screen.Text(new WorkbookText(WorkbookTextOrigin.SharedString, "xl/sharedStrings.xml", null, null, text));
                }

                if (name != exceptSheet && cells.Count > 0)
                {
                    screen.Row(name, new WorkbookRow(row, false, [.. cells.Select(c => Cell(row, c.Key, c.Value))]));
                }
            }
        }

        foreach (var text in HiddenTexts)
        {
            screen.Text(text);
        }
    }

    public void Dispose()
    {
    }

    // Numbers as a spreadsheet stores them are invariant; anything else is a string the agency typed.
    private static WorkbookCell Cell(int row, int column, string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            ? new WorkbookCell(row, column, CellKind.Number, text)
            : new WorkbookCell(row, column, CellKind.SharedString, text);

    private sealed class ListCursor<T>(List<T> items, WorkbookProblem? end) : IWorkbookCursor<T>
    {
        private int index = -1;

        public T Current => items[index];

        public WorkbookProblem? Problem { get; private set; }

        public bool Read()
        {
            if (++index < items.Count)
            {
                return true;
            }

            Problem = end;
            return false;
        }

        public void Dispose()
        {
        }
    }
}
