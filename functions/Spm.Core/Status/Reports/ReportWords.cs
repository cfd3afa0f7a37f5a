using Spm.Core.Catalog;
using Spm.Core.Reporting.Validation;

namespace Spm.Core.Status.Reports;

/// <summary>Everything a status report says, in one language: headings, column names and the names of statuses.</summary>
internal sealed record ReportWords
{
    public required string Lang { get; init; }

    public required string Title { get; init; }

    public required Func<ReportingPeriod, string> PeriodName { get; init; }

    public required string PeriodLabel { get; init; }

    public required string DueLabel { get; init; }

    public required string AsOfLabel { get; init; }

    public required string ProgramLabel { get; init; }

    public required string SourceNote { get; init; }

    /// <summary>Where catalog names show: said in Russian, as the names are Kazakh; empty in Kazakh.</summary>
    public required string KazakhNamesNote { get; init; }

    public required string Summary { get; init; }

    public required string Indicators { get; init; }

    public required string IndicatorsChart { get; init; }

    public required string IndicatorsNote { get; init; }

    public required string Budget { get; init; }

    public required string BudgetBySource { get; init; }

    public required string BudgetByRegion { get; init; }

    public required string BudgetNote { get; init; }

    public required string Measures { get; init; }

    public required string MeasuresNote { get; init; }

    public required string MeasuresByUnit { get; init; }

    public required string MoneyByUnit { get; init; }

    public required string Compliance { get; init; }

    public required string ComplianceChart { get; init; }

    public required string OpenFindings { get; init; }

    public required string OpenFindingsNote { get; init; }

    public required string NoOpenFindings { get; init; }

    public required string NoRows { get; init; }

    public required string Footer { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string UnitOfMeasure { get; init; }

    public required string Baseline { get; init; }

    public required string Plan { get; init; }

    public required string Fact { get; init; }

    public required string Achievement { get; init; }

    public required string Progress { get; init; }

    public required string Status { get; init; }

    public required string UnitsReported { get; init; }

    public required string Source { get; init; }

    public required string Planned { get; init; }

    public required string StatedPlan { get; init; }

    public required string Spent { get; init; }

    public required string Execution { get; init; }

    public required string ReportRows { get; init; }

    public required string Region { get; init; }

    public required string Unit { get; init; }

    public required string Measure { get; init; }

    public required string Owing { get; init; }

    public required string Executed { get; init; }

    public required string InProgress { get; init; }

    public required string NotExecuted { get; init; }

    public required string NotReported { get; init; }

    public required string Overdue { get; init; }

    public required string DaysLate { get; init; }

    public required string DaysOverdue { get; init; }

    public required string FirstAccepted { get; init; }

    public required string Uploads { get; init; }

    public required string Refused { get; init; }

    public required string Corrections { get; init; }

    public required string RowsOutstanding { get; init; }

    public required string Severity { get; init; }

    public required string Sheet { get; init; }

    public required string Cell { get; init; }

    public required string Row { get; init; }

    public required string Message { get; init; }

    public required string Submission { get; init; }

    public required string Uploaded { get; init; }

    public required string Rule { get; init; }

    public required string Errors { get; init; }

    public required string IndicatorsJudged { get; init; }

    public required string AchievedOrOnTrack { get; init; }

    public required string UnitsOwing { get; init; }

    public required string OpenFindingsCount { get; init; }

    public required string Million { get; init; }

    public required Func<IndicatorStatus, string> IndicatorStatusName { get; init; }

    public required Func<ComplianceStatus, string> ComplianceName { get; init; }

    public required Func<MeasureReportState, string> StateName { get; init; }

    public required Func<FundingSource, string> SourceName { get; init; }

    public required Func<FindingSeverity, string> SeverityName { get; init; }

    public static ReportWords For(StatusReportLanguage language) => language == StatusReportLanguage.Russian ? Russian : Kazakh;

    public static ReportWords Kazakh { get; } = new()
    {
        Lang = "kk",
        Title = "Мемлекеттік бағдарламаның іске асырылу мәртебесі",
        PeriodName = p => p.Kind == "H1" ? $"{p.Year} жылдың бірінші жартыжылдығы" : $"{p.Year} жыл",
        PeriodLabel = "Есепті кезең",
        DueLabel = "Есеп тапсыру мерзімі",
        AsOfLabel = "Жағдай бойынша",
        ProgramLabel = "Бағдарлама",
        SourceNote = "Барлық сандар мәртебе кестелерінен (indicatorstatus, measurestatus, agencycompliance, programfinance) сол күйінде алынды; есеп оларды қайта есептемейді.",
        KazakhNamesNote = "",
        Summary = "Қысқаша",
        Indicators = "Нысаналы индикаторлар мен нәтижелер көрсеткіштері",
        IndicatorsChart = "Факт жоспармен және 2017 жылғы базалық деңгеймен салыстырғанда",
        IndicatorsNote = "Әр индикатордың жалпы республикалық мәні; ЖАО жетекшілік ететін индикаторлар үшін — есеп берген өңірлердің орташа мәні.",
        Budget = "Бюджеттің атқарылуы",
        BudgetBySource = "Қаржыландыру көздері бойынша, млн теңге",
        BudgetByRegion = "Өңірлер бойынша (жергілікті бюджет), млн теңге",
        BudgetNote = "РБ жоспары — қаулы мәтінінде көрсетілген құпия емес іс-шаралардың қаражаты; «Қаулы бойынша» бағаны құпия іс-шараларды да қамтиды.",
        Measures = "Іс-шаралардың орындалуы",
        MeasuresNote = "Әр іс-шараның жалпы жолы: жоспар — қаулыдағы жыл жоспары, факт пен игеру — есеп бергендердің қосындысы. Ұзын атаулар қысқартылған; толық атаулар — Power BI-да және каталогта.",
        MeasuresByUnit = "Есеп берушілер бойынша іс-шаралар",
        MoneyByUnit = "Органдар мен өңірлер бойынша бюджеттің атқарылуы",
        Compliance = "Есеп тапсыру тәртібі",
        ComplianceChart = "Есеп берушілер мәртебесі бойынша",
        OpenFindings = "Ашық ескертулер",
        OpenFindingsNote = "Барлық жүктемелері қабылданбаған есеп берушілер: соңғы қабылданбаған есептегі қателер.",
        NoOpenFindings = "Барлық жүктемелері қабылданбаған есеп беруші жоқ.",
        NoRows = "Бұл кезеңге мәртебе кестелерінде жол жоқ: мәртебе әлі есептелмеген.",
        Footer = "spm жасаған. Деректер: есеп есептік жазбасының кестелері.",
        Code = "Коды",
        Name = "Атауы",
        UnitOfMeasure = "Өлш. бірл.",
        Baseline = "2017 факт",
        Plan = "Жоспар",
        Fact = "Факт",
        Achievement = "Қол жет\u00ADкізу",
        Progress = "Ілгері\u00ADлеу",
        Status = "Мәртебе",
        UnitsReported = "Есеп бер\u00ADгендер",
        Source = "Көзі",
        Planned = "Жоспар",
        StatedPlan = "Қаулы бойынша",
        Spent = "Игерілді",
        Execution = "Атқары\u00ADлуы",
        ReportRows = "Есеп жолдары",
        Region = "Өңір",
        Unit = "Есеп беруші",
        Measure = "Іс-шара",
        Owing = "Міндет\u00ADті",
        Executed = "Орындал\u00ADды",
        InProgress = "Орында\u00ADлуда",
        NotExecuted = "Орындал\u00ADмады",
        NotReported = "Есеп жоқ",
        Overdue = "Мерзімі өткен",
        DaysLate = "Кешігу, күн",
        DaysOverdue = "Мерзімі өтті, күн",
        FirstAccepted = "Қабыл\u00ADданған есеп",
        Uploads = "Жүкте\u00ADмелер",
        Refused = "Қабыл\u00ADдан\u00ADбаған",
        Corrections = "Түзету\u00ADлер",
        RowsOutstanding = "Берілме\u00ADген жолдар",
        Severity = "Түрі",
        Sheet = "Парақ",
        Cell = "Ұяшық",
        Row = "Жол",
        Message = "Ескерту",
        Submission = "Есеп нөмірі",
        Uploaded = "Жүктелді",
        Rule = "Ереже",
        Errors = "Қателер",
        IndicatorsJudged = "Бағаланған индикаторлар",
        AchievedOrOnTrack = "Қол жеткізілді немесе жоспар бойынша",
        UnitsOwing = "Есеп берушілер",
        OpenFindingsCount = "Ашық ескертулер",
        Million = "млн теңге",
        IndicatorStatusName = s => s switch
        {
            IndicatorStatus.NotDue => "Мерзімі кел\u00ADмеген",
            IndicatorStatus.NotReported => "Есеп беріл\u00ADмеген",
            IndicatorStatus.NoPlan => "Жоспар жоқ",
            IndicatorStatus.Achieved => "Қол жет\u00ADкізілді",
            IndicatorStatus.PartiallyAchieved => "Ішінара қол жет\u00ADкізілді",
            IndicatorStatus.NotAchieved => "Қол жет\u00ADкізіл\u00ADмеді",
            IndicatorStatus.OnTrack => "Жоспар бойынша",
            IndicatorStatus.AtRisk => "Тәуекел бар",
            _ => s.ToString(),
        },
        ComplianceName = s => s switch
        {
            ComplianceStatus.NotDue => "Мерзімі кел\u00ADмеген",
            ComplianceStatus.OnTime => "Уақытында",
            ComplianceStatus.Late => "Кешіктіріл\u00ADген",
            ComplianceStatus.Missing => "Тапсы\u00ADрыл\u00ADмаған",
            ComplianceStatus.RejectedOnly => "Тек қабыл\u00ADдан\u00ADбаған",
            _ => s.ToString(),
        },
        StateName = s => s switch
        {
            MeasureReportState.NotDue => "Мерзімі кел\u00ADмеген",
            MeasureReportState.NotReported => "Есеп беріл\u00ADмеген",
            MeasureReportState.PartlyReported => "Ішінара",
            MeasureReportState.Reported => "Есеп берілді",
            _ => s.ToString(),
        },
        SourceName = s => s == FundingSource.Republican ? "Республикалық бюджет (РБ)" : "Жергілікті бюджет (ЖБ)",
        SeverityName = s => s == FindingSeverity.Error ? "Қате" : "Ескерту",
    };

    public static ReportWords Russian { get; } = new()
    {
        Lang = "ru",
        Title = "Статус реализации государственной программы",
        PeriodName = p => p.Kind == "H1" ? $"первое полугодие {p.Year} года" : $"{p.Year} год",
        PeriodLabel = "Отчётный период",
        DueLabel = "Срок сдачи отчёта",
        AsOfLabel = "По состоянию на",
        ProgramLabel = "Программа",
        SourceNote = "Все цифры взяты из таблиц статуса (indicatorstatus, measurestatus, agencycompliance, programfinance) как есть; отчёт их не пересчитывает.",
        KazakhNamesNote = "Наименования программы, индикаторов и мероприятий приведены на казахском языке: каталог программы содержит только казахский текст постановления.",
        Summary = "Кратко",
        Indicators = "Целевые индикаторы и показатели результатов",
        IndicatorsChart = "Факт в сравнении с планом и базовым уровнем 2017 года",
        IndicatorsNote = "Общереспубликанское значение каждого индикатора; для индикаторов, которые ведут МИО, — среднее по отчитавшимся регионам.",
        Budget = "Исполнение бюджета",
        BudgetBySource = "По источникам финансирования, млн тенге",
        BudgetByRegion = "По регионам (местный бюджет), млн тенге",
        BudgetNote = "План РБ — средства несекретных мероприятий из текста постановления; графа «По постановлению» включает и секретные мероприятия.",
        Measures = "Исполнение мероприятий",
        MeasuresNote = "Общая строка каждого мероприятия: план — годовой план по постановлению, факт и освоение — сумма по отчитавшимся. Длинные наименования сокращены; полные — в Power BI и в каталоге.",
        MeasuresByUnit = "Мероприятия по отчитывающимся",
        MoneyByUnit = "Исполнение бюджета по органам и регионам",
        Compliance = "Исполнительская дисциплина",
        ComplianceChart = "Отчитывающиеся по статусу",
        OpenFindings = "Открытые замечания",
        OpenFindingsNote = "Отчитывающиеся, все загрузки которых отклонены: ошибки последнего отклонённого отчёта.",
        NoOpenFindings = "Нет отчитывающихся, все загрузки которых отклонены.",
        NoRows = "В таблицах статуса нет строк за этот период: статус ещё не рассчитан.",
        Footer = "Сформировано spm. Данные: таблицы отчётной учётной записи хранения.",
        Code = "Код",
        Name = "Наименование",
        UnitOfMeasure = "Ед. изм.",
        Baseline = "Факт 2017",
        Plan = "План",
        Fact = "Факт",
        Achievement = "Дости\u00ADжение",
        Progress = "Продви\u00ADжение",
        Status = "Статус",
        UnitsReported = "Отчита\u00ADлись",
        Source = "Источник",
        Planned = "План",
        StatedPlan = "По постановлению",
        Spent = "Освоено",
        Execution = "Испол\u00ADнение",
        ReportRows = "Строк отчётов",
        Region = "Регион",
        Unit = "Отчиты\u00ADвающийся",
        Measure = "Мероприятие",
        Owing = "Обязаны",
        Executed = "Испол\u00ADнено",
        InProgress = "Испол\u00ADняется",
        NotExecuted = "Не испол\u00ADнено",
        NotReported = "Нет отчёта",
        Overdue = "Просро\u00ADчено",
        DaysLate = "Опозда\u00ADние, дн.",
        DaysOverdue = "Просроч\u00ADка, дн.",
        FirstAccepted = "Принятый отчёт",
        Uploads = "Загру\u00ADзок",
        Refused = "Откло\u00ADнено",
        Corrections = "Исправ\u00ADлений",
        RowsOutstanding = "Не сдано строк",
        Severity = "Вид",
        Sheet = "Лист",
        Cell = "Ячейка",
        Row = "Строка",
        Message = "Замечание",
        Submission = "Номер отчёта",
        Uploaded = "Загружен",
        Rule = "Правило",
        Errors = "Ошибок",
        IndicatorsJudged = "Оценено индикаторов",
        AchievedOrOnTrack = "Достигнуты или в графике",
        UnitsOwing = "Отчитывающихся",
        OpenFindingsCount = "Открытых замечаний",
        Million = "млн тенге",
        IndicatorStatusName = s => s switch
        {
            IndicatorStatus.NotDue => "Срок не наступил",
            IndicatorStatus.NotReported => "Не представлен",
            IndicatorStatus.NoPlan => "Нет плана",
            IndicatorStatus.Achieved => "Достигнут",
            IndicatorStatus.PartiallyAchieved => "Частично дости\u00ADгнут",
            IndicatorStatus.NotAchieved => "Не достигнут",
            IndicatorStatus.OnTrack => "В графике",
            IndicatorStatus.AtRisk => "Под угрозой",
            _ => s.ToString(),
        },
        ComplianceName = s => s switch
        {
            ComplianceStatus.NotDue => "Срок не наступил",
            ComplianceStatus.OnTime => "В срок",
            ComplianceStatus.Late => "С опозда\u00ADнием",
            ComplianceStatus.Missing => "Не представ\u00ADлен",
            ComplianceStatus.RejectedOnly => "Только откло\u00ADнённые",
            _ => s.ToString(),
        },
        StateName = s => s switch
        {
            MeasureReportState.NotDue => "Срок не наступил",
            MeasureReportState.NotReported => "Не представлен",
            MeasureReportState.PartlyReported => "Частично",
            MeasureReportState.Reported => "Представлен",
            _ => s.ToString(),
        },
        SourceName = s => s == FundingSource.Republican ? "Республиканский бюджет (РБ)" : "Местный бюджет (ЖБ)",
        SeverityName = s => s == FindingSeverity.Error ? "Ошибка" : "Предупреждение",
    };
}
