using System.Drawing;
using System.Globalization;
using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Validations;
using SpreadCheetah.Worksheets;
using static Spm.Core.Reporting.ReportTemplateLayout;

namespace Spm.Infrastructure.Templates;

/// <summary>Writes an agency's report template for a period: the report sheet to fill in and a very hidden identity sheet.</summary>
/// <remarks>
/// Formula injection: every text is written as a string cell (SpreadCheetah writes an inline string, never an
/// <c>&lt;f&gt;</c> element), so a name like <c>=HYPERLINK(…)</c> is shown as text and never evaluated.
/// Cell protection: SpreadCheetah 1.28 can neither lock cells nor protect a sheet, so the finished package is
/// copied once more by <see cref="SheetProtection"/>: input cells (yellow, and the red/amber marks of a feedback
/// copy) are unlocked, everything else is locked, and the report sheet is protected without a password.
/// </remarks>
public static class ReportTemplateWriter
{
    private const string InputFill = "FFF2CC";
    private const string ReadOnlyFill = "EDEDED";
    private const string HeadingFill = "D9E1F2";
    private const string ErrorFill = "FF9999";
    private const string WarningFill = "FFD966";

    /// <summary>Name of the findings sheet of a feedback workbook.</summary>
    public const string FindingsSheet = "Қателер - Ошибки";
    private const int CommentMaxLength = 2000;

    /// <summary>Writes the template of a successful <see cref="ReportObligations.For"/> result to <paramref name="output"/>.</summary>
    public static Task WriteAsync(Stream output, LoadedCatalog catalog, ObligationsResult obligations, CancellationToken cancellationToken) =>
        WriteAsync(output, catalog, obligations, feedback: null, cancellationToken);

    /// <summary>
    /// Writes the template; with <paramref name="feedback"/>, the agency's values are filled in, every finding is
    /// marked on its cell (red for errors, amber for warnings, with a note) and a findings sheet lists them all.
    /// The result carries the identity sheet, so the agency fixes it and uploads it again.
    /// </summary>
    public static async Task WriteAsync(Stream output, LoadedCatalog catalog, ObligationsResult obligations, ValidationResult? feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(obligations);
        if (obligations is not { Succeeded: true, Agency: { } agency, Period: { } period })
        {
            throw new ArgumentException($"No obligations to write: {obligations.Message}", nameof(obligations));
        }

        // SpreadCheetah cannot lock cells: write to memory, then copy with the report sheet protected.
        using var package = new MemoryStream();
        await WriteUnprotectedAsync(package, catalog, obligations, agency, period, feedback, cancellationToken);
        package.Position = 0;
        await SheetProtection.ProtectAsync(package, output, ReportSheet, UnlockedFills, cancellationToken);
    }

    private static readonly HashSet<string> UnlockedFills = new(new[] { InputFill, ErrorFill, WarningFill }.Select(rgb => "FF" + rgb), StringComparer.Ordinal);

    private static async Task WriteUnprotectedAsync(Stream output, LoadedCatalog catalog, ObligationsResult obligations, Agency agency, ReportingPeriod period, ValidationResult? feedback, CancellationToken cancellationToken)
    {
        var rows = obligations.Rows;
        await using var sheet = await Spreadsheet.CreateNewAsync(output, cancellationToken: cancellationToken);
        var styles = new Styles(sheet);

        await sheet.StartWorksheetAsync(ReportSheet, ReportSheetOptions(rows), cancellationToken);
        await WriteHeaderAsync(sheet, styles, catalog.Catalog, agency, period, cancellationToken);
        await WriteHeadingsAsync(sheet, styles, period, cancellationToken);
        var rowNumbers = new List<(string Code, int Row)>(rows.Count);
        var values = feedback?.Values.ToDictionary(v => v.Code, StringComparer.Ordinal) ?? [];
        foreach (var row in rows)
        {
            var number = sheet.NextRowNumber;
            rowNumbers.Add((row.Code, number));
            values.TryGetValue(row.Code, out var value);
            var marks = feedback?.Findings.Where(f => f.RowCode == row.Code && f.Cell is not null).ToArray() ?? [];
            StyleId Mark(string column, StyleId normal)
            {
                var here = marks.Where(f => ColumnOf(f.Cell!) == column).ToArray();
                if (here.Length == 0)
                {
                    return normal;
                }

                sheet.AddNote(Cell(column, number), string.Join("\n", here.Select(f => $"{f.Kazakh}\n{f.Russian}")));
                return here.Any(f => f.Severity == FindingSeverity.Error) ? styles.Error : styles.Warning;
            }

            await sheet.AddRowAsync(
                [
                    new StyledCell(row.Code, Mark(CodeColumn, styles.ReadOnly)),
                    new StyledCell(row.NameKk, styles.ReadOnlyWrapped),
                    new StyledCell(row.Unit, styles.ReadOnly),
                    new StyledCell(row.PlanForYear, styles.ReadOnlyNumber),
                    Filled(value?.Fact, value?.FactText, Mark(FactColumn, styles.InputNumber)),
                    Filled(value?.Spent, value?.SpentText, Mark(SpentColumn, row.HasMoney ? styles.InputNumber : styles.ReadOnly)),
                    new StyledCell(value?.StatusText is { Length: > 0 } status ? status : null, Mark(StatusColumn, styles.Input)),
                    new StyledCell(value?.Comment is { Length: > 0 } comment ? comment : null, Mark(CommentColumn, styles.InputWrapped)),
                ],
                cancellationToken);
            if (row.HasMoney)
            {
                sheet.AddDataValidation(Cell(SpentColumn, number), NonNegative("Жұмсалған сома, млн теңге / Израсходованная сумма, млн тенге"));
            }
        }

        if (rows.Count > 0)
        {
            var last = FirstDataRow + rows.Count - 1;
            sheet.AddDataValidation(Range(FactColumn, last), NonNegative("Нақты мән / Фактическое значение"));
            sheet.AddDataValidation(Range(StatusColumn, last), StatusList());
            sheet.AddDataValidation(Range(CommentColumn, last), CommentLength());
        }

        if (feedback is not null)
        {
            await WriteFindingsAsync(sheet, styles, feedback, cancellationToken);
        }

        await WriteIdentityAsync(sheet, catalog, agency, period, rowNumbers, cancellationToken);
        await sheet.FinishAsync(cancellationToken);
    }

    // A value that parsed is written as a number; one that did not keeps the agency's text so they see what was wrong.
    private static StyledCell Filled(decimal? parsed, string? text, StyleId style) =>
        parsed is { } number ? new StyledCell(number, style) : new StyledCell(text is { Length: > 0 } ? text : null, style);

    private static async Task WriteFindingsAsync(Spreadsheet sheet, Styles styles, ValidationResult feedback, CancellationToken cancellationToken)
    {
        var options = new WorksheetOptions { FrozenRows = 1 };
        double[] widths = [16, 10, 10, 70, 70, 24];
        for (var i = 0; i < widths.Length; i++)
        {
            options.Column(i + 1).Width = widths[i];
        }

        await sheet.StartWorksheetAsync(FindingsSheet, options, cancellationToken);
        string[] headings = ["Түрі\nТип", "Ұяшық\nЯчейка", "Код\nКод", "Қазақша", "На русском", "Ереже\nПравило"];
        await sheet.AddRowAsync([.. headings.Select(h => new StyledCell(h, styles.Heading))], new RowOptions { Height = 32 }, cancellationToken);
        foreach (var f in feedback.Findings)
        {
            var error = f.Severity == FindingSeverity.Error;
            await sheet.AddRowAsync(
                [
                    new StyledCell(error ? "Қате / Ошибка" : "Ескерту / Предупреждение", error ? styles.Error : styles.Warning),
                    new StyledCell(f.Cell is null ? "" : $"{f.Sheet}!{f.Cell}", styles.Value),
                    new StyledCell(f.RowCode ?? "", styles.Value),
                    new StyledCell(f.Kazakh, styles.Wrapped),
                    new StyledCell(f.Russian, styles.Wrapped),
                    new StyledCell(f.RuleId, styles.Value),
                ],
                cancellationToken);
        }
    }

    private static string ColumnOf(string cell) => new([.. cell.TakeWhile(char.IsLetter)]);

    private static WorksheetOptions ReportSheetOptions(IReadOnlyList<ReportRow> rows)
    {
        var options = new WorksheetOptions { FrozenRows = HeadingRow };
        var codeWidth = Math.Max(8, rows.Select(r => r.Code.Length).DefaultIfEmpty(0).Max() + 2);
        var unitWidth = Math.Clamp(rows.Select(r => r.Unit.Length).DefaultIfEmpty(0).Max() + 2, 14, 24);
        double[] widths = [codeWidth, 70, unitWidth, 14, 14, 18, 26, 40];
        for (var i = 0; i < widths.Length; i++)
        {
            options.Column(i + 1).Width = widths[i];
        }

        return options;
    }

    private static async Task WriteHeaderAsync(Spreadsheet sheet, Styles styles, ProgramCatalog catalog, Agency agency, ReportingPeriod period, CancellationToken cancellationToken)
    {
        (string Label, string Value)[] header =
        [
            ("Бағдарлама / Программа", catalog.Program.TitleKk),
            ("Мемлекеттік орган / Государственный орган", $"{agency.Code} — {agency.NameKk}"),
            ("Есепті кезең / Отчетный период", period.Code),
            ("Тапсыру мерзімі / Срок представления", period.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ];
        foreach (var (label, value) in header)
        {
            await sheet.AddRowAsync([new StyledCell(label, styles.Label), new StyledCell(value, styles.Value)], cancellationToken);
        }

        await sheet.AddRowAsync(
            [new StyledCell("", styles.Value), new StyledCell(
                "Сары ұяшықтарды толтырыңыз: нақты мән, жұмсалған сома (ақшалай іс-шаралар үшін), орындалу мәртебесі. " +
                "Орындалмаған немесе жоспардан төмен болса, түсініктеме міндетті. Сұр ұяшықтарды өзгертпеңіз.",
                styles.Instruction)],
            cancellationToken);
        await sheet.AddRowAsync(
            [new StyledCell("", styles.Value), new StyledCell(
                "Заполните желтые ячейки: фактическое значение, израсходованную сумму (для денежных мероприятий), статус исполнения. " +
                "Если не исполнено или ниже плана, комментарий обязателен. Серые ячейки не изменяйте.",
                styles.Instruction)],
            cancellationToken);
    }

    private static async Task WriteHeadingsAsync(Spreadsheet sheet, Styles styles, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var year = period.Year.ToString(CultureInfo.InvariantCulture);
        string[] headings =
        [
            "Код\nКод",
            "Атауы\nНаименование",
            "Өлшем бірлігі\nЕдиница измерения",
            $"Жоспар {year}\nПлан {year}",
            "Факт\nФакт",
            "Жұмсалды, млн теңге\nИзрасходовано, млн тенге",
            "Орындалу мәртебесі\nСтатус исполнения",
            "Түсініктеме\nКомментарий",
        ];
        await sheet.AddRowAsync([.. headings.Select(h => new StyledCell(h, styles.Heading))], new RowOptions { Height = 32 }, cancellationToken);
    }

    private static async Task WriteIdentityAsync(
        Spreadsheet sheet,
        LoadedCatalog catalog,
        Agency agency,
        ReportingPeriod period,
        List<(string Code, int Row)> rowNumbers,
        CancellationToken cancellationToken)
    {
        await sheet.StartWorksheetAsync(IdentitySheet, new WorksheetOptions { Visibility = WorksheetVisibility.VeryHidden }, cancellationToken);
        (string Key, DataCell Value)[] identity =
        [
            (TemplateFormatKey, new DataCell(FormatVersion)),
            (CatalogCodeKey, new DataCell(catalog.Catalog.Program.Code)),
            (CatalogVersionKey, new DataCell(catalog.Catalog.Version)),
            (CatalogSha256Key, new DataCell(catalog.Sha256)),
            (AgencyKey, new DataCell(agency.Code)),
            (PeriodKey, new DataCell(period.Code)),
            (GeneratedForKey, new DataCell($"{agency.Code}/{period.Code}")),
            (RowCountKey, new DataCell(rowNumbers.Count)),
        ];
        foreach (var (key, value) in identity)
        {
            await sheet.AddRowAsync([new DataCell(key), value], cancellationToken);
        }

        foreach (var (code, row) in rowNumbers)
        {
            await sheet.AddRowAsync([new DataCell(RowKeyPrefix + code), new DataCell(row)], cancellationToken);
        }
    }

    private static DataValidation NonNegative(string what) => WithError(
        DataValidation.DecimalGreaterThanOrEqualTo(0),
        $"{what}: теріс емес сан енгізіңіз / введите неотрицательное число");

    private static DataValidation StatusList() => WithError(
        DataValidation.ListValues(Statuses),
        "Тізімнен таңдаңыз / Выберите из списка");

    private static DataValidation CommentLength() => WithError(
        DataValidation.TextLengthLessThanOrEqualTo(CommentMaxLength),
        FormattableString.Invariant($"Ең көбі {CommentMaxLength} таңба / Не более {CommentMaxLength} символов"));

    private static DataValidation WithError(DataValidation validation, string message)
    {
        validation.ErrorTitle = "Қате / Ошибка";
        validation.ErrorMessage = message;
        validation.ErrorType = ValidationErrorType.Blocking;
        validation.ShowErrorAlert = true;
        return validation;
    }

    private static string Cell(string column, int row) => column + row.ToString(CultureInfo.InvariantCulture);

    private static string Range(string column, int lastRow) => $"{Cell(column, FirstDataRow)}:{Cell(column, lastRow)}";

    private sealed class Styles
    {
        public Styles(Spreadsheet sheet)
        {
            var wrap = new Alignment { WrapText = true, Vertical = VerticalAlignment.Top };
            var edge = new EdgeBorder { BorderStyle = BorderStyle.Thin };
            var thin = new Border { Left = edge, Right = edge, Top = edge, Bottom = edge };
            var number = NumberFormat.Custom("#,##0.0##");
            Label = sheet.AddStyle(new Style { Font = new Font { Bold = true } });
            Value = sheet.AddStyle(new Style());
            Instruction = sheet.AddStyle(new Style { Font = new Font { Italic = true } });
            Wrapped = sheet.AddStyle(new Style { Alignment = wrap });
            Error = sheet.AddStyle(new Style { Fill = new Fill { Color = Rgb(ErrorFill) }, Alignment = wrap, Border = thin });
            Warning = sheet.AddStyle(new Style { Fill = new Fill { Color = Rgb(WarningFill) }, Alignment = wrap, Border = thin });
            Heading = sheet.AddStyle(new Style
            {
                Font = new Font { Bold = true },
                Fill = new Fill { Color = Rgb(HeadingFill) },
                Alignment = new Alignment { WrapText = true, Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center },
                Border = thin,
            });
            ReadOnly = sheet.AddStyle(new Style { Fill = new Fill { Color = Rgb(ReadOnlyFill) }, Alignment = new Alignment { Vertical = VerticalAlignment.Top }, Border = thin });
            ReadOnlyWrapped = sheet.AddStyle(new Style { Fill = new Fill { Color = Rgb(ReadOnlyFill) }, Alignment = wrap, Border = thin });
            ReadOnlyNumber = sheet.AddStyle(new Style { Fill = new Fill { Color = Rgb(ReadOnlyFill) }, Alignment = new Alignment { Vertical = VerticalAlignment.Top }, Border = thin, Format = number });
            Input = sheet.AddStyle(new Style { Fill = new Fill { Color = Rgb(InputFill) }, Alignment = new Alignment { Vertical = VerticalAlignment.Top }, Border = thin });
            InputWrapped = sheet.AddStyle(new Style { Fill = new Fill { Color = Rgb(InputFill) }, Alignment = wrap, Border = thin });
            InputNumber = sheet.AddStyle(new Style { Fill = new Fill { Color = Rgb(InputFill) }, Alignment = new Alignment { Vertical = VerticalAlignment.Top }, Border = thin, Format = number });
        }

        public StyleId Label { get; }

        public StyleId Value { get; }

        public StyleId Instruction { get; }

        public StyleId Wrapped { get; }

        public StyleId Error { get; }

        public StyleId Warning { get; }

        public StyleId Heading { get; }

        public StyleId ReadOnly { get; }

        public StyleId ReadOnlyWrapped { get; }

        public StyleId ReadOnlyNumber { get; }

        public StyleId Input { get; }

        public StyleId InputWrapped { get; }

        public StyleId InputNumber { get; }

        private static Color Rgb(string hex) => Color.FromArgb(int.Parse("FF" + hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }
}
