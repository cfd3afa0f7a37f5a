using Spm.Core.Reporting.Validation;
using Spm.Core.Tests.Reporting.Validation;
using Spm.Core.Workbooks;
using Spm.Infrastructure;
using Spm.Integration.Tests.Support;
using SpreadCheetah;
using SpreadCheetah.Metadata;
using SpreadCheetah.Worksheets;
using static Spm.Core.Reporting.ReportTemplateLayout;

namespace Spm.Integration.Tests.Reporting;

/// <summary>
/// The same rule cases as the unit tests, but each workbook is written to a real xlsx file (SpreadCheetah),
/// read back by the streaming reader and then validated: every rule is shown on a real file.
/// </summary>
public sealed class XlsxReportValidatorTests : ReportValidatorRules, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("spm-rules-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    protected override ValidationResult Run(InMemoryWorkbook workbook, string agency, TimeProvider now)
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".xlsx");
        WriteAsync(workbook, path, ct).GetAwaiter().GetResult();
        return Checks.FileAsync(path, agency, now, ct).GetAwaiter().GetResult();
    }

    // Texts the in-memory workbook hides elsewhere go where a person would hide them: a note on the report
    // sheet, the document title, or a cell of a hidden sheet.
    private static async Task WriteAsync(InMemoryWorkbook workbook, string path, CancellationToken ct)
    {
        await using var file = File.Create(path);
        var title = workbook.HiddenTexts.FirstOrDefault(t => t.Origin == WorkbookTextOrigin.DocumentProperty).Text;
        var options = new SpreadCheetahOptions { DocumentProperties = new DocumentProperties { Title = title } };
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(file, options, ct);
        foreach (var sheet in workbook.Sheets)
        {
            var visibility = sheet.Visibility == SheetVisibility.VeryHidden ? WorksheetVisibility.VeryHidden : WorksheetVisibility.Visible;
            await spreadsheet.StartWorksheetAsync(sheet.Name, new WorksheetOptions { Visibility = visibility }, ct);
            var next = 1;
            foreach (var (row, cells) in workbook.RowsOf(sheet.Name))
            {
                for (; next < row; next++)
                {
                    await spreadsheet.AddRowAsync(Array.Empty<DataCell>(), ct);
                }

                var line = new DataCell[cells.Max(c => c.Column)];
                foreach (var c in cells)
                {
                    line[c.Column - 1] = c.Kind == CellKind.Number
                        ? new DataCell(decimal.Parse(c.Text, System.Globalization.CultureInfo.InvariantCulture))
                        : new DataCell(c.Text);
                }

                await spreadsheet.AddRowAsync(line, ct);
                next = row + 1;
            }

            if (sheet.Name == ReportSheet)
            {
                foreach (var note in workbook.HiddenTexts.Where(t => t.Origin == WorkbookTextOrigin.Comment))
                {
                    spreadsheet.AddNote("H2", note.Text);
                }
            }
        }

        var cellTexts = workbook.HiddenTexts.Where(t => t.Origin == WorkbookTextOrigin.Cell).ToArray();
        if (cellTexts.Length > 0)
        {
            await spreadsheet.StartWorksheetAsync("notes", new WorksheetOptions { Visibility = WorksheetVisibility.Hidden }, ct);
            foreach (var t in cellTexts)
            {
                await spreadsheet.AddRowAsync([new DataCell(t.Text)], ct);
            }
        }

        await spreadsheet.FinishAsync(ct);
    }
}
