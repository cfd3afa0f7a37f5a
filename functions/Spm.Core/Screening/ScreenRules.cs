using Spm.Core.Reporting.Validation;

namespace Spm.Core.Screening;

/// <summary>The screen's own finding: classified content, located by sheet and cell (or part), never quoted.</summary>
public static class ScreenRules
{
    public const string ClassifiedContent = "classified.content";

    /// <summary>The finding for classified content at a place in the file.</summary>
    public static Finding Classified(string? sheet, string? cell, string? part = null) => new(
        FindingSeverity.Error, ClassifiedContent, sheet, cell, null,
        "Файлда құпия («Құпия») іс-шараға сілтеме бар. Мұндай мәлімет бұл жүйеге жіберілмейді: файл сақталмады, оқиға тіркелді. Құпия іс-шаралар бойынша есеп белгіленген тәртіппен беріледі.",
        "В файле есть ссылка на секретное («Құпия») мероприятие. Такие сведения в эту систему не направляются: файл не сохранён, инцидент зарегистрирован. Отчёт по секретным мероприятиям представляется в установленном порядке.",
        part is null ? "The workbook names a classified measure; its content must not be stored." : $"The workbook names a classified measure (in {part}); its content must not be stored.");
}
