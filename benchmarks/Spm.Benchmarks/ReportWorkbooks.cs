using System.Globalization;
using Spm.Core.Reporting;
using SpreadCheetah;
using SpreadCheetah.Worksheets;
using static Spm.Core.Reporting.ReportTemplateLayout;

namespace Spm.Benchmarks;

/// <summary>
/// Generates filled report workbooks in the template layout, once per size, into a cache folder under the temp
/// directory (BenchmarkDotNet runs each benchmark from a fresh build folder, so the output folder is no cache).
/// </summary>
/// <remarks>
/// Written with SpreadCheetah, like our templates, so every text is an inline string. A file saved by Excel keeps
/// its texts in the shared string table instead; the raw floor reads both, our reader too.
/// </remarks>
internal static class ReportWorkbooks
{
    /// <summary>Bump when the generated content changes, so stale cached files are not reused.</summary>
    private const int Version = 2;

    private static readonly string[] Words =
    [
        "Құрылыс", "жөндеу", "мектеп", "аурухана", "жол", "көпір", "су", "құбыры", "жылу", "желісі",
        "ауыл", "аудан", "облыс", "қаржыландыру", "бағдарлама", "жоба", "сатып", "алу", "жабдық", "орнату",
    ];

    private static readonly string[] Comments =
    [
        "Мердігер кешіктірді / Подрядчик задержал сроки",
        "Конкурс қайта өткізілді / Конкурс проведён повторно",
        "Қаражат келесі тоқсанда / Средства в следующем квартале",
    ];

    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "spm-benchmarks");

    public static string PathFor(int rows) =>
        Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"report-{rows}-v{Version}.xlsx"));

    /// <summary>The row every data row is validated against: a money measure with a plan.</summary>
    public static ReportRow Expected { get; } = new()
    {
        Code = "M-42",
        Kind = ReportRowKind.Measure,
        NameKk = "Мектеп салу",
        Unit = "млн.теңге",
        PlanForYear = 50_000m,
        HasMoney = true,
    };

    /// <summary>Returns the path of the workbook with <paramref name="rows"/> data rows, writing it first if missing.</summary>
    public static string Ensure(int rows)
    {
        var path = PathFor(rows);
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(Folder);
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            WriteAsync(stream, rows).GetAwaiter().GetResult();
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }

    private static async Task WriteAsync(Stream output, int rows)
    {
        var random = new Random(42);
        await using var sheet = await Spreadsheet.CreateNewAsync(output);
        await sheet.StartWorksheetAsync(ReportSheet, new WorksheetOptions { FrozenRows = HeadingRow });
        await sheet.AddRowAsync([new Cell("Мемлекеттік бағдарламаны іске асыру туралы есеп / Отчёт о реализации программы")]);
        await sheet.AddRowAsync([new Cell("Бағдарлама / Программа"), new Cell("KZ-CRE-2018-2022")]);
        await sheet.AddRowAsync([new Cell("Мекеме / Ведомство"), new Cell("MON")]);
        await sheet.AddRowAsync([new Cell("Кезең / Период"), new Cell("2021-H1")]);
        await sheet.AddRowAsync([new Cell("Тапсыру мерзімі / Срок сдачи"), new Cell("2021-07-10")]);
        await sheet.AddRowAsync([new Cell("Сары ұяшықтарды толтырыңыз / Заполните жёлтые ячейки")]);
        await sheet.AddRowAsync(
        [
            new Cell("Код"), new Cell("Атауы / Наименование"), new Cell("Өлшем бірлігі / Ед. изм."), new Cell("Жоспар / План"),
            new Cell("Факт"), new Cell("Жұмсалды / Израсходовано"), new Cell("Мәртебесі / Статус"), new Cell("Түсініктеме / Комментарий"),
        ]);

        var cells = new Cell[8];
        for (var i = 0; i < rows; i++)
        {
            // Every row is validated against Expected, so its plan is Expected's: the file is a valid report
            // (no findings), as most uploads are. Findings cost extra (their messages are built), see the README.
            var plan = Expected.PlanForYear!.Value;
            var fact = Math.Round(plan * (decimal)(0.7 + random.NextDouble() * 0.4), 1);
            var spent = Math.Round(plan * (decimal)(0.5 + random.NextDouble() * 0.5), 1);
            cells[0] = new Cell(string.Create(CultureInfo.InvariantCulture, $"M-{i + 1}"));
            cells[1] = new Cell(Name(random, i));
            cells[2] = new Cell("млн.теңге");
            cells[3] = new Cell(plan);

            // About a third of agencies type the fact as text the way they see it: "12 345,6".
            cells[4] = random.Next(3) == 0 ? new Cell(AsTyped(fact)) : new Cell(fact);
            cells[5] = new Cell(spent);
            var status = random.Next(10) switch
            {
                < 7 => Executed,
                < 9 => InProgress,
                _ => NotExecuted,
            };
            cells[6] = new Cell(status);
            cells[7] = fact < plan || status == NotExecuted || random.Next(5) == 0 ? new Cell(Comments[random.Next(Comments.Length)]) : default;
            await sheet.AddRowAsync(cells);
        }

        await sheet.StartWorksheetAsync(IdentitySheet, new WorksheetOptions { Visibility = WorksheetVisibility.VeryHidden });
        await sheet.AddRowAsync([new Cell(TemplateFormatKey), new Cell(FormatVersion)]);
        await sheet.AddRowAsync([new Cell(AgencyKey), new Cell("MON")]);
        await sheet.AddRowAsync([new Cell(PeriodKey), new Cell("2021-H1")]);
        await sheet.AddRowAsync([new Cell(RowCountKey), new Cell(rows)]);
        await sheet.FinishAsync();
    }

    private static string Name(Random random, int index)
    {
        var words = new string[4];
        for (var w = 0; w < words.Length; w++)
        {
            words[w] = Words[random.Next(Words.Length)];
        }

        return string.Create(CultureInfo.InvariantCulture, $"{string.Join(' ', words)} №{index + 1}");
    }

    // "12345.6" as a person types it in Kazakhstan: space thousands separator, comma decimal separator.
    private static string AsTyped(decimal value)
    {
        var format = new NumberFormatInfo { NumberGroupSeparator = " ", NumberDecimalSeparator = "," };
        return value.ToString("#,0.0", format);
    }
}
