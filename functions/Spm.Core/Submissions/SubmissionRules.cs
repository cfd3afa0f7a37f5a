using Spm.Core.Reporting.Validation;

namespace Spm.Core.Submissions;

/// <summary>Rules an upload can break before its content is read, and the pipeline's own outcomes, with kk/ru messages for receipts.</summary>
public static class SubmissionRules
{
    public const string UnknownFolder = "upload.unknown-folder";
    public const string WrongExtension = "upload.wrong-extension";
    public const string BadPath = "upload.bad-path";
    public const string Duplicate = "upload.duplicate";
    public const string Failed = "upload.failed";

    /// <summary>The finding that explains a rule of this class to the person who uploaded.</summary>
    public static Finding Explain(string rule) => rule switch
    {
        UnknownFolder => new(FindingSeverity.Error, rule, null, null, null,
            "Файл ведомстволардың ешқайсысына тиесілі емес қалтаға жүктелді. Оны өз ведомствоңыздың қалтасына жүктеңіз.",
            "Файл загружен в папку, которая не принадлежит ни одному ведомству. Загрузите его в папку своего ведомства.",
            "The upload's first folder is not a reporting unit's code."),
        WrongExtension => new(FindingSeverity.Error, rule, null, null, null,
            "Есеп Excel жұмыс кітабы (.xlsx) ретінде жүктелуі керек. Файлды .xlsx форматында сақтап, қайта жүктеңіз.",
            "Отчёт должен быть загружен как книга Excel (.xlsx). Сохраните файл в формате .xlsx и загрузите снова.",
            "The upload's name does not end in .xlsx."),
        BadPath => new(FindingSeverity.Error, rule, null, null, null,
            "Файлдың жолы дұрыс емес. Файлды өз ведомствоңыздың қалтасына тікелей жүктеңіз.",
            "Неверный путь файла. Загрузите файл прямо в папку своего ведомства.",
            "The upload's path has empty, relative or backslash segments."),
        Duplicate => new(FindingSeverity.Warning, rule, null, null, null,
            "Дәл осы файл осы кезең үшін бұрын қабылданған; ол қайта өңделмеді.",
            "Точно такой же файл за этот период уже был принят; повторно он не обрабатывался.",
            "The same file was already accepted for this agency and period."),
        Failed => new(FindingSeverity.Error, rule, null, null, null,
            "Файлды өңдеу кезінде жүйелік қате болды. Файл сақталды; мониторинг қызметі оны қайта өңдейді.",
            "При обработке файла произошёл системный сбой. Файл сохранён; служба мониторинга обработает его повторно.",
            "Processing failed after every attempt."),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a submission rule."),
    };
}
