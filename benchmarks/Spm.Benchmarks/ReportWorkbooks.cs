using System.Globalization;
using Spm.Core.Catalog;
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
/// The file is a template of this program for <see cref="Agency"/> and <see cref="Period"/> (a real identity sheet and
/// heading row), so the full check validates every row instead of stopping at the identity; its codes cycle through
/// the catalog's open measures, so the screen has nothing to refuse. An agency owes a few dozen rows at most: the
/// first occurrence of each owed code goes through the cell rules, every other row is refused by a row rule
/// (not owed, or a duplicate) with its finding, as <c>spm validate</c> would.
/// </remarks>
internal static class ReportWorkbooks
{
    /// <summary>Bump when the generated content changes, so stale cached files are not reused.</summary>
    private const int Version = 3;

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

    /// <summary>The program the inputs are templates of: the embedded catalog, as <c>spm validate</c> loads it.</summary>
    public static LoadedCatalog Catalog { get; } = CatalogJson.LoadEmbedded();

    /// <summary>The period the inputs report on.</summary>
    public const string Period = "2021-H1";

    /// <summary>The reporting unit whose template the inputs are: the one owing the most rows in <see cref="Period"/>.</summary>
    public static string Agency { get; } = ReportObligations.AgenciesOwing(Catalog.Catalog, Period)
        .OrderByDescending(a => ReportObligations.For(Catalog.Catalog, a, Period).Rows.Count)
        .ThenBy(a => a, StringComparer.Ordinal)
        .First();

    /// <summary>Codes of the catalog's open measures (not classified, not incomplete), which the data rows cycle through.</summary>
    public static IReadOnlyList<string> OpenMeasureCodes { get; } =
        [.. Catalog.Catalog.Measures.Where(m => !m.Classified && !m.Incomplete).Select(m => ReportObligations.MeasureCode(m.Number))];

    /// <summary>The plan written in column D of every row (the check does not read it; the readers parse it).</summary>
    private const decimal Plan = 50_000m;

    /// <summary>The number of data rows of a generated input, from its file name.</summary>
    public static int RowsOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return int.Parse(name.Split('-')[1], CultureInfo.InvariantCulture);
    }

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
        await sheet.AddRowAsync([new Cell("Мекеме / Ведомство"), new Cell(Agency)]);
        await sheet.AddRowAsync([new Cell("Кезең / Период"), new Cell(Period)]);
        await sheet.AddRowAsync([new Cell("Тапсыру мерзімі / Срок сдачи"), new Cell("2021-07-10")]);
        await sheet.AddRowAsync([new Cell("Сары ұяшықтарды толтырыңыз / Заполните жёлтые ячейки")]);
        await sheet.AddRowAsync([.. Headings(2021).Select(h => new Cell(h))]);

        var cells = new Cell[8];
        for (var i = 0; i < rows; i++)
        {
            var plan = Plan;
            var fact = Math.Round(plan * (decimal)(0.7 + random.NextDouble() * 0.4), 1);
            var spent = Math.Round(plan * (decimal)(0.5 + random.NextDouble() * 0.5), 1);
            cells[0] = new Cell(OpenMeasureCodes[i % OpenMeasureCodes.Count]);
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
        await sheet.AddRowAsync([new Cell(CatalogCodeKey), new Cell(Catalog.Catalog.Program.Code)]);
        await sheet.AddRowAsync([new Cell(CatalogVersionKey), new Cell(Catalog.Catalog.Version)]);
        await sheet.AddRowAsync([new Cell(CatalogSha256Key), new Cell(Catalog.Sha256)]);
        await sheet.AddRowAsync([new Cell(AgencyKey), new Cell(Agency)]);
        await sheet.AddRowAsync([new Cell(PeriodKey), new Cell(Period)]);
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
