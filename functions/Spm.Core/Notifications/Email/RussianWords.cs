using Spm.Core.Catalog;
using Spm.Core.Reporting.Validation;
using Spm.Core.Status.Dimensions;

namespace Spm.Core.Notifications.Email;

/// <summary>The Russian text of every email.</summary>
internal sealed class RussianWords : MailWords
{
    public static RussianWords Instance { get; } = new();

    public override string Language => "ru";

    public override string Greeting => "Уважаемые коллеги!";

    public override string Footer => "Это письмо отправлено автоматически. Не отвечайте на него.";

    public override string OrganisationLabel => "Организация";

    public override string PeriodLabel => "Отчётный период";

    public override string DueLabel => "Срок сдачи";

    public override string FileLabel => "Файл";

    public override string UploadedLabel => "Время загрузки";

    public override string SubmissionLabel => "Регистрационный номер";

    public override string SizeLabel => "Размер";

    public override string HashLabel => "SHA-256 (начало)";

    public override string RuleLabel => "Правило";

    public override string Period(ReportingPeriod period) => period.Kind switch
    {
        "H1" => $"первое полугодие {period.Year} года",
        "FY" => $"{period.Year} год",
        _ => period.Code,
    };

    public override string UnitName(Agency? agency, string code) => RussianNames.Name(code) is { Length: > 0 } name ? name
        : agency?.NameKk is { Length: > 0 } kazakh ? kazakh : code;

    public override string UnitShort(Agency? agency, string code) =>
        RussianNames.Abbreviation(code) is { Length: > 0 } abbreviation ? $"{abbreviation} ({code})"
        : agency?.Abbreviation is { Length: > 0 } kazakh ? $"{kazakh} ({code})" : code;

    public override string Days(int count) => $"{count} {RussianNumbers.Plural(count, "день", "дня", "дней")}";

    public override string Bytes(long count) => $"{Number(count)} {RussianNumbers.Plural(count, "байт", "байта", "байт")}";

    public override string DueDate(DateOnly date) => $"{Date(date)}, до конца дня";

    public override string ReminderSubject(DateOnly deadline, int daysAfter, bool oneOff) => (oneOff, daysAfter) switch
    {
        (false, < 0) => $"Срок сдачи отчёта {Date(deadline)}: {Left(-daysAfter)} {Days(-daysAfter)}",
        (false, 0) => $"Отчёт нужно сдать сегодня ({Date(deadline)})",
        (false, _) => $"Отчёт просрочен на {Days(daysAfter)}",
        (true, < 0) => $"Срок исполнения мероприятия {Date(deadline)}: {Left(-daysAfter)} {Days(-daysAfter)}",
        (true, 0) => $"Срок исполнения мероприятия — сегодня ({Date(deadline)})",
        (true, _) => $"Срок исполнения мероприятия прошёл {Days(daysAfter)} назад",
    };

    public override string DaysLeft(int days) => $"До срока {Left(days)} {Days(days)}.";

    public override string DueToday => "Срок — сегодня.";

    public override string Overdue(int days) => $"Срок прошёл {Days(days)} назад. Координатор уведомлён.";

    public override string OneOffStatus(int daysAfter) => daysAfter switch
    {
        < 0 => $"До срока исполнения мероприятия {Left(-daysAfter)} {Days(-daysAfter)}.",
        0 => "Срок исполнения мероприятия — сегодня.",
        _ => $"Срок исполнения мероприятия прошёл {Days(daysAfter)} назад.",
    };

    public override string OneOffReport(string period) => $"Укажите его исполнение в отчёте за {period}.";

    public override string OneOffTitle => "Мероприятия с отдельным сроком:";

    public override string OneOffItem(string code, DateOnly due, int daysAfter) => daysAfter switch
    {
        < 0 => $"{code} — срок {Date(due)}, {Left(-daysAfter)} {Days(-daysAfter)}",
        0 => $"{code} — срок {Date(due)}, сегодня",
        _ => $"{code} — срок {Date(due)}, прошло {Days(daysAfter)}",
    };

    public override string ItemsTitle(int count) => $"Строки отчёта ({count}):";

    public override string LastRejected(string uploaded, int errors) => $"Последний загруженный файл ({uploaded}) не принят. Ошибок: {errors}.";

    public override string MainErrorsTitle => "Основные ошибки:";

    public override string FixAndUpload => "Исправьте ошибки и загрузите файл снова.";

    public override string LastQuarantined(string uploaded) => $"Последний загруженный файл ({uploaded}) не принят и не сохранён.";

    public override string QuarantinedAdvice => "Заполните файл заново по шаблону и загрузите его. Если есть вопросы, обратитесь к координатору.";

    public override string Template(string location) => $"Шаблон отчёта: {location}";

    public override string Upload(string location) => $"Загрузите заполненный файл в папку: {location}";

    public override string ReceiptAcceptedSubject => "Отчёт принят";

    public override string ReceiptRejectedSubject(int errors) => $"Отчёт не принят: {errors} {RussianNumbers.Plural(errors, "ошибка", "ошибки", "ошибок")}";

    public override string ReceiptDuplicateSubject => "Этот файл уже принят";

    public override string ReceiptFailedSubject => "Сбой при обработке файла";

    public override string ReceiptQuarantinedSubject => "Файл не принят и не сохранён";

    public override string Accepted => "Отчёт принят. Спасибо!";

    public override string Warnings(int count) => $"Предупреждений: {count}. Просим их просмотреть.";

    public override string AcceptedLate(int days) => $"Отчёт сдан с опозданием на {Days(days)}.";

    public override string Supersedes => "Этот отчёт заменяет ранее принятый отчёт за этот период.";

    public override string Rejected(int errors, int warnings) => $"Отчёт не принят. Ошибок: {errors}, предупреждений: {warnings}.";

    public override string FirstFindingsTitle => "Ошибки и предупреждения (первые):";

    public override string Feedback(string location) => $"Все ошибки и предупреждения отмечены в файле с замечаниями: {location}";

    public override string Duplicate(string acceptedId) =>
        $"Точно такой же файл уже принят (регистрационный номер {acceptedId}). Повторно он не обрабатывался. Больше ничего делать не нужно.";

    public override string FailedKept => "При обработке файла произошёл технический сбой. Файл сохранён, мы обработаем его повторно. Загружать файл снова не нужно.";

    public override string FailedNotKept => "При обработке файла произошёл технический сбой. Загрузите файл снова.";

    public override string QuarantinedClassified =>
        "В файле найдена ссылка на секретное мероприятие. Такой файл нельзя принимать и хранить. Файл удалён, записаны только его метаданные. Координатор уведомлён.";

    public override string QuarantinedUnreadable =>
        "Файл не удалось проверить полностью, поэтому он не принят и не сохранён. Файл удалён, записаны только его метаданные. Заполните файл заново по шаблону и загрузите его.";

    public override string ForwardedNoContact(string unit) => $"У организации «{unit}» нет адреса для писем. Поэтому это письмо отправлено координатору.";

    public override string UnknownFolder => "Файл загружен в неизвестную папку, поэтому он не принят. Это письмо отправлено координатору.";

    public override string DigestSubject(DateOnly date, int late, int refused, int incidents) =>
        $"Ежедневная сводка {Date(date)}: просрочено — {late}, не принято — {refused}, инцидентов — {incidents}";

    public override string DigestPeriod(string period, DateOnly due, int owing, int accepted) =>
        $"{period}: срок сдачи {Date(due)}. Должны отчитаться — {owing}, отчёт принят — {accepted}.";

    public override string LateTitle => "Просрочили сдачу:";

    public override string LateItem(string unit, int days, bool rejectedOnly) =>
        $"{unit} — {Days(days)}, " + (rejectedOnly ? "загруженные файлы не приняты" : "файл не загружен");

    public override string RefusedTitle => "Последний файл не принят:";

    public override string RefusedItem(string unit, string uploaded, string rule, int errors, bool quarantined) =>
        $"{unit} — {uploaded}" + (rule.Length > 0 ? $", правило {rule}" : "") + (quarantined ? ", файл не сохранён" : $", ошибок {errors}");

    public override string ProcessingTitle => "Файл в обработке или при обработке был сбой:";

    public override string OneOffsOverdueTitle => "Мероприятия с истёкшим отдельным сроком:";

    public override string OneOffOverdueItem(string unit, string code, DateOnly due, int days) =>
        $"{unit} — {code}, срок {Date(due)}, прошло {Days(days)}";

    public override string IncidentsTitle => "Несохранённые файлы (только метаданные):";

    public override string IncidentItem(string unit, string uploaded, long size, string hashPrefix, string rule, bool classified) =>
        $"{unit} — {uploaded}, {Bytes(size)}, SHA-256 {hashPrefix}…, правило {rule}, " + (classified ? "найдены секретные сведения" : "не проверен полностью");

    public override string MissingContactsTitle => "Нет адреса для писем (сегодняшние письма не отправлены):";

    public override string UnsentTitle => "Письма, которые не отправлены или не подтверждены:";

    public override string UnsentItem(string key, NotificationStatus status) =>
        $"{key} — " + (status == NotificationStatus.Failed ? "не отправлено" : "не подтверждено");

    public override string FindingMessage(Finding finding) => finding.Russian;

    // «остался 1 день», «осталось 3 дня», «осталось 7 дней».
    private static string Left(int days) => RussianNumbers.Plural(days, "остался", "осталось", "осталось");
}
