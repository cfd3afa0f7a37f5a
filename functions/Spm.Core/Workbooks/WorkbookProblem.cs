using System.Globalization;

namespace Spm.Core.Workbooks;

/// <summary>Why an uploaded workbook cannot be read safely: a finding, not an exception.</summary>
/// <param name="RuleId">Stable id from <see cref="WorkbookRules"/>.</param>
/// <param name="Kazakh">Message for the person who uploaded the file, in Kazakh.</param>
/// <param name="Russian">The same message in Russian.</param>
/// <param name="Detail">Technical detail in English for logs; never holds cell contents.</param>
public sealed record WorkbookProblem(string RuleId, string Kazakh, string Russian, string Detail)
{
    /// <summary>Package part the problem was found in, such as <c>xl/worksheets/sheet1.xml</c>.</summary>
    public string? Part { get; init; }

    /// <summary>Sheet name, when the problem belongs to one sheet.</summary>
    public string? Sheet { get; init; }

    /// <summary>Cell reference such as <c>E14</c>, when the problem belongs to one cell.</summary>
    public string? Cell { get; init; }

    /// <summary>The upload is over the size limit; <paramref name="bytes"/> is null when the stream had no length.</summary>
    public static WorkbookProblem FileTooLarge(long? bytes, long limit) => bytes is { } size
        ? new(
            WorkbookRules.FileTooLarge,
            $"Файл тым үлкен ({Megabytes(size)} МБ). Рұқсат етілген ең үлкен көлемі — {Megabytes(limit)} МБ.",
            $"Файл слишком большой ({Megabytes(size)} МБ). Допустимый размер — не более {Megabytes(limit)} МБ.",
            Invariant($"File is {size} bytes; the limit is {limit}."))
        : new(
            WorkbookRules.FileTooLarge,
            $"Файл тым үлкен. Рұқсат етілген ең үлкен көлемі — {Megabytes(limit)} МБ.",
            $"Файл слишком большой. Допустимый размер — не более {Megabytes(limit)} МБ.",
            Invariant($"File is over the limit of {limit} bytes."));

    /// <summary>The upload has no bytes at all.</summary>
    public static WorkbookProblem EmptyFile() => new(
        WorkbookRules.EmptyFile,
        "Файл бос: онда ешбір дерек жоқ. Толтырылған есепті қайта жүктеңіз.",
        "Файл пуст: в нём нет никаких данных. Загрузите заполненный отчёт снова.",
        "The file has no bytes.");

    /// <summary>The package's table of contents ([Content_Types].xml) is missing or does not declare a part it holds.</summary>
    public static WorkbookProblem PackageCorrupt(string detail) => new(
        WorkbookRules.PackageCorrupt,
        "Файлдың ішкі мазмұны бүлінген немесе толық емес. Файлды Excel-де ашып, қайта сақтаңыз.",
        "Внутреннее оглавление файла повреждено или неполно. Откройте файл в Excel и сохраните заново.",
        detail);

    /// <summary>The package holds something a report never needs and the screen cannot read fully: the file is not kept.</summary>
    public static WorkbookProblem PartNotAllowed(PackageFeature feature, string detail)
    {
        var (kk, ru) = Names(feature);
        return new(
            WorkbookRules.PartNotAllowed,
            $"Файлда {kk} бар. Есепке бұл қажет емес және оны тексеру мүмкін емес, сондықтан файл қабылданбайды және сақталмайды. Оны жойып, файлды қайта сақтаңыз немесе мәндерді жаңа үлгіге көшіріңіз.",
            $"Файл содержит {ru}. Для отчёта это не нужно и не может быть проверено, поэтому файл не принимается и не сохраняется. Удалите это и сохраните файл заново или скопируйте значения в новый шаблон.",
            detail);
    }

    /// <summary>A formula makes text that only calculation shows (<c>CHAR</c>, <c>CONCAT</c>, <c>&amp;</c> with a cell).</summary>
    public static WorkbookProblem FormulaBuildsText(string? sheet, string? cell) => new(
        WorkbookRules.FormulaBuildsText,
        "Ұяшықтағы формула мәтін құрайды, оны есептемей тексеру мүмкін емес. Формуланың орнына мәтінді немесе санды теріңіз.",
        "Формула в ячейке составляет текст, который нельзя проверить без вычисления. Вместо формулы введите текст или число.",
        "A formula builds text from more than constants.")
    { Sheet = sheet, Cell = cell };

    // Russian names are in the accusative: "Файл содержит {0}".
    private static (string Kk, string Ru) Names(PackageFeature feature) => feature switch
    {
        PackageFeature.Image => ("сурет", "изображение (рисунок)"),
        PackageFeature.Thumbnail => ("файлды алдын ала қарау суреті (миниатюра)", "эскиз для предварительного просмотра"),
        PackageFeature.Drawing => ("сызба, пішін, мәтін өрісі немесе диаграмма", "рисунок, фигуру, надпись или диаграмму"),
        PackageFeature.ExternalLink => ("басқа файлға сыртқы сілтеме", "внешнюю ссылку на другой файл"),
        PackageFeature.Connection => ("сыртқы деректер көзіне қосылым", "подключение к внешнему источнику данных"),
        PackageFeature.CustomData => ("құжатқа енгізілген қызметтік деректер", "встроенные служебные данные документа"),
        PackageFeature.Pivot => ("жиынтық кесте", "сводную таблицу"),
        PackageFeature.Control => ("басқару элементі (батырма, жалауша, тізім)", "элемент управления (кнопку, флажок, список)"),
        PackageFeature.Unknown or _ => ("бұл үлгіге жатпайтын белгісіз бөлік", "неизвестную часть, не относящуюся к шаблону"),
    };

    /// <param name="kind">Language-neutral label of what the file looks like: PDF, EXE, CSV/text…</param>
    public static WorkbookProblem NotZip(string kind) => new(
        WorkbookRules.NotZip,
        $"Файл Excel жұмыс кітабы (.xlsx) емес (анықталған түрі: {kind}). Есепті үлгі бойынша .xlsx форматында сақтап, қайта жүктеңіз.",
        $"Файл не является книгой Excel (.xlsx) (определённый тип: {kind}). Сохраните отчёт по шаблону в формате .xlsx и загрузите снова.",
        $"Not a zip container; content looks like {kind}.");

    /// <param name="kind">Language-neutral label of what the zip holds: ODS, DOCX, ZIP…</param>
    /// <param name="detail">Technical detail for logs.</param>
    public static WorkbookProblem NotXlsx(string kind, string detail) => new(
        WorkbookRules.NotXlsx,
        $"Файл ZIP мұрағаты, бірақ Excel жұмыс кітабы (.xlsx) емес (анықталған түрі: {kind}). Есепті .xlsx форматында сақтап, қайта жүктеңіз.",
        $"Файл является ZIP-архивом, но не книгой Excel (.xlsx) (определённый тип: {kind}). Сохраните отчёт в формате .xlsx и загрузите снова.",
        detail);

    public static WorkbookProblem LegacyXls(string detail) => new(
        WorkbookRules.LegacyXls,
        "Файл ескі Excel 97–2003 (.xls) форматында. Оны Excel жұмыс кітабы (.xlsx) ретінде сақтап, қайта жүктеңіз.",
        "Файл в устаревшем формате Excel 97–2003 (.xls). Сохраните его как книгу Excel (.xlsx) и загрузите снова.",
        detail);

    public static WorkbookProblem Encrypted(string detail) => new(
        WorkbookRules.Encrypted,
        "Файл құпиясөзбен қорғалған немесе шифрланған, сондықтан оны оқу мүмкін емес. Құпиясөзді алып тастап, қайта жүктеңіз.",
        "Файл защищён паролем или зашифрован, поэтому его невозможно прочитать. Снимите пароль и загрузите снова.",
        detail);

    public static WorkbookProblem Macros(string detail) => new(
        WorkbookRules.Macros,
        "Файлда макростар немесе белсенді мазмұн (VBA, ActiveX, Excel 4.0 макропарақтары) бар. Файлды макростарсыз Excel жұмыс кітабы (.xlsx) ретінде сақтаңыз.",
        "Файл содержит макросы или активное содержимое (VBA, ActiveX, листы макросов Excel 4.0). Сохраните файл как книгу Excel (.xlsx) без макросов.",
        detail);

    public static WorkbookProblem EmbeddedObject(string detail) => new(
        WorkbookRules.EmbeddedObject,
        "Файлда ендірілген нысандар (басқа файлдар немесе OLE нысандары) бар. Оларды жойып, қайта жүктеңіз.",
        "Файл содержит внедрённые объекты (другие файлы или объекты OLE). Удалите их и загрузите снова.",
        detail);

    public static WorkbookProblem CorruptZip(string detail) => new(
        WorkbookRules.CorruptZip,
        "Файл бүлінген немесе толық жүктелмеген. Файлды Excel-де қайта сақтап, қайта жүктеңіз.",
        "Файл повреждён или загружен не полностью. Пересохраните файл в Excel и загрузите снова.",
        detail);

    public static WorkbookProblem ZipBomb(string detail) => new(
        WorkbookRules.ZipBomb,
        "Файлдың ашылған көлемі немесе ішкі файлдар саны рұқсат етілген шектен асады (ықтимал «zip-бомба»). Мұндай файл қабылданбайды.",
        "Распакованный размер файла или число вложенных файлов превышает допустимые пределы (возможная «zip-бомба»). Такой файл не принимается.",
        detail);

    public static WorkbookProblem XmlDtd(string detail) => new(
        WorkbookRules.XmlDtd,
        "Файлда қауіпсіздік мақсатында рұқсат етілмеген XML құрылымдары (DTD немесе сыртқы нысандар) бар. Файлды Excel-де қайта сақтаңыз.",
        "Файл содержит запрещённые из соображений безопасности конструкции XML (DTD или внешние сущности). Пересохраните файл в Excel.",
        detail);

    public static WorkbookProblem Corrupt(string detail) => new(
        WorkbookRules.Corrupt,
        "Жұмыс кітабының ішкі құрылымы бүлінген. Файлды Excel-де ашып, қайта сақтаңыз.",
        "Внутренняя структура книги повреждена. Откройте файл в Excel и сохраните заново.",
        detail);

    public static WorkbookProblem TooManyStrings(string detail) => new(
        WorkbookRules.TooManyStrings,
        "Жұмыс кітабындағы мәтіндік мәндердің көлемі рұқсат етілген шектен асады.",
        "Объём текстовых значений в книге превышает допустимый предел.",
        detail);

    public static WorkbookProblem Empty(string detail) => new(
        WorkbookRules.Empty,
        "Жұмыс кітабы бос: толтырылған ұяшықтар жоқ.",
        "Книга пуста: нет заполненных ячеек.",
        detail);

    public static WorkbookProblem SheetMissing(string sheet) => new(
        WorkbookRules.SheetMissing,
        $"Жұмыс кітабында «{sheet}» парағы жоқ. Есептің үлгісін пайдаланыңыз.",
        $"В книге нет листа «{sheet}». Используйте шаблон отчёта.",
        "The requested sheet is not in the workbook.")
    { Sheet = sheet };

    public static WorkbookProblem TooManyRows(string sheet, int limit) => new(
        WorkbookRules.TooManyRows,
        $"«{sheet}» парағында жолдар тым көп (ең көбі {Count(limit)}).",
        $"На листе «{sheet}» слишком много строк (не более {Count(limit)}).",
        Invariant($"Sheet has more than {limit} rows."))
    { Sheet = sheet };

    public static WorkbookProblem TooManyCells(string sheet, long limit) => new(
        WorkbookRules.TooManyCells,
        $"«{sheet}» парағында ұяшықтар тым көп (ең көбі {Count(limit)}).",
        $"На листе «{sheet}» слишком много ячеек (не более {Count(limit)}).",
        Invariant($"Sheet has more than {limit} cells."))
    { Sheet = sheet };

    /// <summary>A cell's text is too long; <paramref name="sheet"/> and <paramref name="cell"/> locate it.</summary>
    public static WorkbookProblem StringTooLong(string sheet, string cell, int limit) => new(
        WorkbookRules.StringTooLong,
        $"«{sheet}» парағы, {cell} ұяшығы: мәтін тым ұзын (ең көбі {Count(limit)} таңба).",
        $"Лист «{sheet}», ячейка {cell}: текст слишком длинный (не более {Count(limit)} символов).",
        Invariant($"Cell text longer than {limit} characters."))
    { Sheet = sheet, Cell = cell };

    /// <summary>A text outside the sheet cells (shared strings, comments, XML tokens) is too long.</summary>
    public static WorkbookProblem StringTooLong(int limit, string detail) => new(
        WorkbookRules.StringTooLong,
        $"Жұмыс кітабында тым ұзын мәтін бар (ең көбі {Count(limit)} таңба).",
        $"Книга содержит слишком длинный текст (не более {Count(limit)} символов).",
        detail);

    /// <summary>Formats a count the way Kazakh and Russian readers write it: 1 000 000.</summary>
    private static string Count(long value) =>
        value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');

    private static string Megabytes(long bytes) =>
        (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
