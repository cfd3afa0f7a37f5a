using System.Globalization;

namespace Spm.Core.Reporting.Validation;

/// <summary>The report rules: stable ids and the findings they produce, in Kazakh, Russian and English.</summary>
public static class ReportRules
{
    public const string ClassifiedContent = Screening.ScreenRules.ClassifiedContent;
    public const string HeadingMissing = "sheet.heading-missing";
    public const string TableShifted = "sheet.table-shifted";
    public const string FormulaNoValue = "cell.formula-no-value";
    public const string IdentityMissing = "template.identity-missing";
    public const string FormatUnknown = "template.format-unknown";
    public const string OtherProgram = "template.other-program";
    public const string CatalogChanged = "template.catalog-changed";
    public const string AgencyMismatch = "agency.mismatch";
    public const string AgencyUnknown = "agency.unknown";
    public const string PeriodUnknown = "period.unknown";
    public const string PeriodNotOpen = "period.not-open";
    public const string PeriodLate = "period.late";
    public const string ReportSheetMissing = "sheet.report-missing";
    public const string RowUnknownCode = "row.unknown-code";
    public const string RowClassified = "row.classified";
    public const string RowNotOwed = "row.not-owed";
    public const string RowDuplicate = "row.duplicate";
    public const string RowMissing = "row.missing";
    public const string RowWithoutCode = "row.no-code";
    public const string CellRequired = "cell.required";
    public const string CellNotNumber = "cell.not-number";
    public const string CellNegative = "cell.negative";
    public const string CellOutOfRange = "cell.out-of-range";
    public const string CellNotApplicable = "cell.not-applicable";
    public const string StatusInvalid = "cell.status-invalid";
    public const string CommentRequired = "comment.required";
    public const string SpentAbovePlan = "spent.above-plan";

    private static readonly CultureInfo Ru = CultureInfo.InvariantCulture;

    /// <summary>The closed list of every rule id a check can report: these report rules and the workbook's own.</summary>
    public static IReadOnlySet<string> All { get; } = typeof(ReportRules).GetFields().Concat(typeof(Workbooks.WorkbookRules).GetFields())
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    internal static Finding IdentityMissingFinding() => new(
        FindingSeverity.Error, IdentityMissing, null, null, null,
        "Бұл файл жүйе берген есеп үлгісі емес (үлгінің қызметтік парағы жоқ). Өз ведомствоңыздың үлгісін жүктеп алып, есепті соған толтырыңыз.",
        "Этот файл не является шаблоном отчёта, выданным системой (нет служебного листа шаблона). Скачайте шаблон своего ведомства и заполните отчёт в нём.",
        "The identity sheet of the template is missing: not one of our templates.");

    internal static Finding FormatUnknownFinding(string found) => new(
        FindingSeverity.Error, FormatUnknown, null, null, null,
        $"Есеп үлгісінің нұсқасы ({found}) белгісіз. Жаңа үлгіні жүктеп алыңыз.",
        $"Версия шаблона отчёта ({found}) неизвестна. Скачайте новый шаблон.",
        $"Unknown template format '{found}'.");

    internal static Finding OtherProgramFinding(string found, string expected) => new(
        FindingSeverity.Error, OtherProgram, null, null, null,
        $"Үлгі басқа бағдарламаға арналған ({found}). Осы бағдарламаның ({expected}) үлгісін жүктеп алыңыз.",
        $"Шаблон относится к другой программе ({found}). Скачайте шаблон этой программы ({expected}).",
        $"Template is for program '{found}', expected '{expected}'.");

    internal static Finding CatalogChangedFinding(string version, string current)
    {
        // The same version with other content is a catalog file edited without a new version: not an "earlier" one.
        var same = version == current;
        return new(
            FindingSeverity.Warning, CatalogChanged, null, null, null,
            (same
                ? $"Үлгі бағдарлама каталогының осы нұсқасынан ({version}) жасалған, бірақ каталог содан бері өзгертілген."
                : $"Үлгі бағдарлама каталогының бұрынғы нұсқасынан ({version}) жасалған; қазіргісі — {current}.")
                + " Жоспарлы мәндер өзгеруі мүмкін: келесі жолы жаңа үлгіні пайдаланыңыз.",
            (same
                ? $"Шаблон создан по этой же версии каталога программы ({version}), но каталог с тех пор изменён."
                : $"Шаблон создан по прежней версии каталога программы ({version}); текущая — {current}.")
                + " Плановые значения могли измениться: в следующий раз используйте новый шаблон.",
            same ? $"Template made from catalog version {version}, whose content has changed since." : $"Template made from catalog version {version}; current is {current}.");
    }

    internal static Finding AgencyMismatchFinding(string inFile, string folder) => new(
        FindingSeverity.Error, AgencyMismatch, null, null, null,
        $"Үлгі «{inFile}» ведомствосына арналған, ал файл «{folder}» қалтасына жүктелді. Өз ведомствоңыздың үлгісін пайдаланыңыз немесе файлды дұрыс қалтаға жүктеңіз.",
        $"Шаблон предназначен для ведомства «{inFile}», а файл загружен в папку «{folder}». Используйте шаблон своего ведомства или загрузите файл в правильную папку.",
        $"Template agency '{inFile}' does not match upload folder '{folder}'.");

    internal static Finding AgencyUnknownFinding(string code) => new(
        FindingSeverity.Error, AgencyUnknown, null, null, null,
        $"«{code}» ведомствосы бағдарлама каталогында жоқ.",
        $"Ведомства «{code}» нет в каталоге программы.",
        $"Unknown agency '{code}'.");

    internal static Finding PeriodUnknownFinding(string code) => new(
        FindingSeverity.Error, PeriodUnknown, null, null, null,
        $"«{code}» есептік кезеңі бағдарламада жоқ.",
        $"Отчётного периода «{code}» нет в программе.",
        $"Unknown period '{code}'.");

    internal static Finding PeriodNotOpenFinding(string code, DateOnly opens) => new(
        FindingSeverity.Error, PeriodNotOpen, null, null, null,
        $"«{code}» кезеңі бойынша есеп әлі қабылданбайды: қабылдау {Date(opens)} басталады.",
        $"Отчёт за период «{code}» ещё не принимается: приём начинается {Date(opens)}.",
        $"Period {code} opens on {Date(opens)}.");

    internal static Finding PeriodLateFinding(string code, DateOnly due) => new(
        FindingSeverity.Warning, PeriodLate, null, null, null,
        $"«{code}» кезеңі бойынша есеп мерзімі {Date(due)} өтті; есеп кешігіп тапсырылды деп белгіленеді.",
        $"Срок отчёта за период «{code}» ({Date(due)}) истёк; отчёт отмечается как представленный с опозданием.",
        $"Period {code} was due on {Date(due)}; the report is late.");

    internal static Finding ReportSheetMissingFinding(string sheet) => new(
        FindingSeverity.Error, ReportSheetMissing, null, null, null,
        $"Файлда «{sheet}» есеп парағы жоқ. Парақтың атауын өзгертпеңіз және оны жоймаңыз.",
        $"В файле нет листа отчёта «{sheet}». Не переименовывайте и не удаляйте этот лист.",
        $"The report sheet '{sheet}' is missing.");

    internal static Finding HeadingMissingFinding(string sheet) => new(
        FindingSeverity.Error, HeadingMissing, sheet, null, null,
        $"«{sheet}» парағында кестенің тақырып жолы (Код, Атауы, Факт…) табылмады. Үлгінің тақырып жолын өзгертпеңіз және жоймаңыз.",
        $"На листе «{sheet}» не найдена строка заголовков таблицы (Код, Наименование, Факт…). Не изменяйте и не удаляйте строку заголовков шаблона.",
        "The heading row of the report table was not found.");

    internal static Finding TableShiftedFinding(string sheet, string cell, int shift) => new(
        FindingSeverity.Error, TableShifted, sheet, cell, null,
        shift > 0
            ? $"Кестеге бағандар қосылған: кесте {Num(shift)} бағанға оңға жылжыған («Код» бағаны A бағанында болуы керек). Қосылған бағандарды жойыңыз; кесте бұдан әрі тексерілмеді."
            : $"Кестенің бағандары жойылған: кесте {Num(-shift)} бағанға солға жылжыған. Үлгінің бағандарын қалпына келтіріңіз; кесте бұдан әрі тексерілмеді.",
        shift > 0
            ? $"В таблицу вставлены столбцы: таблица сдвинута вправо на {Num(shift)} (столбец «Код» должен быть в столбце A). Удалите вставленные столбцы; дальше таблица не проверялась."
            : $"Из таблицы удалены столбцы: таблица сдвинута влево на {Num(-shift)}. Восстановите столбцы шаблона; дальше таблица не проверялась.",
        $"The report table is shifted by {Num(shift)} column(s).");

    internal static Finding FormulaNoValueFinding(string sheet, string cell, string code) => new(
        FindingSeverity.Error, FormulaNoValue, sheet, cell, code,
        $"{code}: ұяшықта формула бар, бірақ оның есептелген мәні сақталмаған (файлды формулаларды есептемейтін бағдарлама жазған). Файлды Excel немесе LibreOffice-те ашып, қайта сақтаңыз немесе формуланың орнына санды теріңіз.",
        $"{code}: в ячейке формула, но её вычисленное значение не сохранено (файл записан программой, которая не вычисляет формулы). Откройте файл в Excel или LibreOffice и сохраните заново или введите число вместо формулы.",
        $"{code}: {cell} holds a formula without a cached value.");

    internal static Finding RowUnknown(string sheet, string cell) => new(
        FindingSeverity.Error, RowUnknownCode, sheet, cell, null,
        "Бұл кодпен көрсеткіш немесе іс-шара бағдарламада жоқ. Кодты үлгідегідей қалдырыңыз.",
        "Показателя или мероприятия с таким кодом в программе нет. Оставьте код, как в шаблоне.",
        "Unknown row code.");

    internal static Finding RowClassifiedFinding(string sheet, string cell) => new(
        FindingSeverity.Error, RowClassified, sheet, cell, null,
        "Бұл жол құпия («Құпия») іс-шараны атайды; ол бұл жүйеде қабылданбайды. Жолды жойыңыз.",
        "Эта строка называет секретное («Құпия») мероприятие; в этой системе оно не принимается. Удалите строку.",
        "A report row names a classified measure.");

    internal static Finding RowNotOwedFinding(string sheet, string cell, string code, string agency, string period) => new(
        FindingSeverity.Error, RowNotOwed, sheet, cell, code,
        $"{code} — «{agency}» ведомствосы «{period}» кезеңінде есеп беретін жол емес. Жолды жойыңыз.",
        $"{code} — не строка, по которой ведомство «{agency}» отчитывается за период «{period}». Удалите строку.",
        $"Row {code} is not owed by {agency} in {period}.");

    internal static Finding RowDuplicateFinding(string sheet, string cell, string code, int firstRow) => new(
        FindingSeverity.Error, RowDuplicate, sheet, cell, code,
        $"{code} коды екінші рет кездеседі (алғашқысы {Num(firstRow)}-жолда). Әр жол бір рет қана толтырылады.",
        $"Код {code} встречается повторно (впервые в строке {Num(firstRow)}). Каждая строка заполняется один раз.",
        $"Row {code} appears again (first in row {Num(firstRow)}).");

    internal static Finding RowMissingFinding(string sheet, string code) => new(
        FindingSeverity.Error, RowMissing, sheet, null, code,
        $"{code} жолы жоқ: бұл кезеңде ол бойынша есеп беру міндетті. Жолды үлгідегідей қалпына келтіріңіз.",
        $"Нет строки {code}: отчёт по ней в этом периоде обязателен. Восстановите строку, как в шаблоне.",
        $"Owed row {code} is missing.");

    internal static Finding RowWithoutCodeFinding(string sheet, string cell) => new(
        FindingSeverity.Warning, RowWithoutCode, sheet, cell, null,
        "Жолда мәндер бар, бірақ коды жоқ; ол есепке алынбайды.",
        "В строке есть значения, но нет кода; она не учитывается.",
        "A row has values but no code; ignored.");

    internal static Finding Required(string sheet, string cell, string code, string whatKk, string whatRu) => new(
        FindingSeverity.Error, CellRequired, sheet, cell, code,
        $"{code}: «{whatKk}» ұяшығы толтырылмаған.",
        $"{code}: не заполнена ячейка «{whatRu}».",
        $"{code}: required cell {cell} is empty.");

    internal static Finding NotNumber(string sheet, string cell, string code) => new(
        FindingSeverity.Error, CellNotNumber, sheet, cell, code,
        $"{code}: ұяшықта сан болуы керек (мысалы, 12,5).",
        $"{code}: в ячейке должно быть число (например, 12,5).",
        $"{code}: {cell} is not a number.");

    internal static Finding Negative(string sheet, string cell, string code) => new(
        FindingSeverity.Error, CellNegative, sheet, cell, code,
        $"{code}: мән теріс болмауы керек.",
        $"{code}: значение не может быть отрицательным.",
        $"{code}: {cell} is negative.");

    internal static Finding OutOfRange(string sheet, string cell, string code) => new(
        FindingSeverity.Error, CellOutOfRange, sheet, cell, code,
        $"{code}: пайыз 0-ден 100-ге дейін болуы керек.",
        $"{code}: процент должен быть от 0 до 100.",
        $"{code}: {cell} is a percent outside 0–100.");

    internal static Finding NotApplicable(string sheet, string cell, string code) => new(
        FindingSeverity.Warning, CellNotApplicable, sheet, cell, code,
        $"{code}: бұл жол бойынша қаражат жоспарланбаған, «Жұмсалды» ұяшығы ескерілмейді.",
        $"{code}: по этой строке средства не запланированы, ячейка «Израсходовано» не учитывается.",
        $"{code}: {cell} is filled on a row without money.");

    internal static Finding StatusInvalidFinding(string sheet, string cell, string code) => new(
        FindingSeverity.Error, StatusInvalid, sheet, cell, code,
        $"{code}: орындалу мәртебесін тізімнен таңдаңыз: «Орындалды», «Орындалуда» немесе «Орындалмады».",
        $"{code}: выберите статус исполнения из списка: «Исполнено», «В процессе» или «Не исполнено».",
        $"{code}: {cell} is not one of the statuses.");

    internal static Finding CommentRequiredFinding(string sheet, string cell, string code, bool notExecuted) => new(
        FindingSeverity.Error, CommentRequired, sheet, cell, code,
        notExecuted
            ? $"{code}: іс-шара орындалмаған, себебін «Түсініктеме» ұяшығында жазыңыз."
            : $"{code}: нақты мән жоспардан төмен, себебін «Түсініктеме» ұяшығында жазыңыз.",
        notExecuted
            ? $"{code}: мероприятие не исполнено, укажите причину в ячейке «Комментарий»."
            : $"{code}: фактическое значение ниже плана, укажите причину в ячейке «Комментарий».",
        notExecuted ? $"{code}: comment required (not executed)." : $"{code}: comment required (below plan).");

    internal static Finding SpentAbovePlanFinding(string sheet, string cell, string code, decimal spent, decimal plan) => new(
        FindingSeverity.Warning, SpentAbovePlan, sheet, cell, code,
        $"{code}: жұмсалған сома ({Money(spent)} млн теңге) жылдық жоспардан ({Money(plan)} млн теңге) асады. Тексеріңіз.",
        $"{code}: израсходованная сумма ({Money(spent)} млн тенге) превышает годовой план ({Money(plan)} млн тенге). Проверьте.",
        $"{code}: spent {spent.ToString(Ru)} above the year's plan {plan.ToString(Ru)}.");

    private static string Date(DateOnly d) => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    // Kazakh and Russian write 1 234,5: a space between thousands and a decimal comma.
    private static string Money(decimal v) =>
        v.ToString("#,0.0##", CultureInfo.InvariantCulture).Replace(",", "\u00A0", StringComparison.Ordinal).Replace('.', ',');
}
