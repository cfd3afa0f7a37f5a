using System.Globalization;
using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Workbooks;
using static Spm.Core.Reporting.ReportTemplateLayout;

namespace Spm.Core.Tests.Reporting.Validation;

/// <summary>
/// A hand-written workbook in memory, laid out like our template, for testing the rules one by one.
/// The real xlsx path (writer → file → reader → validator) is covered by the integration tests.
/// </summary>
internal sealed class InMemoryWorkbook : IWorkbook
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
        wb.Set(ReportSheet, HeadingRow, 1, "Код\nКод");
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

    public IWorkbookCursor<WorkbookRow> ReadRows(string sheetName)
    {
        if (!sheets.TryGetValue(sheetName, out var rows))
        {
            return new ListCursor<WorkbookRow>([], new WorkbookProblem(WorkbookRules.SheetMissing, "kk", "ru", "missing"));
        }

        var list = rows
            .Where(r => r.Value.Count > 0)
            .Select(r => new WorkbookRow(r.Key, false, [.. r.Value.Select(c => Cell(r.Key, c.Key, c.Value))]))
            .ToList();
        return new ListCursor<WorkbookRow>(list, null);
    }

    public IWorkbookCursor<WorkbookText> ReadAllText()
    {
        var texts = sheets
            .SelectMany(s => s.Value.SelectMany(r => r.Value.Select(c => new WorkbookText(WorkbookTextOrigin.Cell, "xl/worksheets/sheet.xml", s.Key, CellReference.Format(c.Key, r.Key), c.Value))))
            .Concat(HiddenTexts)
            .ToList();
        return new ListCursor<WorkbookText>(texts, null);
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
