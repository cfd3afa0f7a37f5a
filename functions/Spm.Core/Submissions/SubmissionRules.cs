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

    /// <summary>
    /// Stands in the findings table for the findings of one upload beyond <see cref="MaxStoredFindings"/>: a file with a
    /// finding on each of thousands of rows (a wrong spreadsheet dropped by mistake) keeps the table, receipts and
    /// Power BI readable. Counts on the submission are of every finding; the feedback workbook marks every one.
    /// </summary>
    public const string FindingsNotListed = "findings.not-listed";

    /// <summary>How many findings of one upload the findings table keeps, this note included.</summary>
    public const int MaxStoredFindings = 1_000;

    /// <summary>
    /// The findings as stored: all of them when they fit, else the first <see cref="MaxStoredFindings"/> − 1 and one
    /// <see cref="FindingsNotListed"/> note counting the rest (an error when an error is among them).
    /// </summary>
    public static IReadOnlyList<Finding> ForStorage(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Count <= MaxStoredFindings)
        {
            return findings;
        }

        var kept = MaxStoredFindings - 1;
        var rest = findings.Skip(kept).ToList();
        var errors = rest.Count(f => f.Severity == FindingSeverity.Error);
        var warnings = rest.Count - errors;
        var note = new Finding(
            errors > 0 ? FindingSeverity.Error : FindingSeverity.Warning,
            FindingsNotListed,
            null,
            null,
            null,
            $"Тағы {rest.Count} ескертпе ({errors} қате, {warnings} ескерту) мұнда көрсетілмеген: кері байланыс файлы олардың бәрін ұяшықтарында белгілейді.",
            $"Ещё {rest.Count} {Ru(rest.Count, "замечание", "замечания", "замечаний")} ({errors} {Ru(errors, "ошибка", "ошибки", "ошибок")}, "
                + $"{warnings} {Ru(warnings, "предупреждение", "предупреждения", "предупреждений")}) здесь не перечислены: файл обратной связи отмечает каждое в его ячейке.",
            $"{rest.Count} more findings ({errors} errors, {warnings} warnings) are not listed; the feedback workbook marks each one.");
        return [.. findings.Take(kept), note];

        static string Ru(int count, string one, string few, string many) => RussianNumbers.Plural(count, one, few, many);
    }

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
