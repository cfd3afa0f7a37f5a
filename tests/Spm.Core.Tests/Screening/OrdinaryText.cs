using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Spm.Core.Catalog;

namespace Spm.Core.Tests.Screening;

/// <summary>
/// What agencies write that must never be flagged: the committed comment corpus (Screening/Data/report-comments.txt),
/// every text of the catalog but the classified measures, and FsCheck's random ordinary text built from those pieces
/// and from counts, amounts with units, percentages, dates, law and decree numbers and references to open measures.
/// </summary>
internal static class OrdinaryText
{
    private static readonly string[] UnitsAfterNumber =
    [
        "м", "км", "м2", "м²", "га", "млн теңге", "мың теңге", "млрд теңге", "млн тенге", "тыс. тенге", "%", "адам", "человек",
        "дана", "экземпляров", "бірлік", "ед.", "сағат", "часов", "күн", "дней", "қызметкер", "сотрудников", "камера",
        "семинар", "іс-шара", "мероприятий", "материал", "мақала", "статей", "нысан", "объектов", "мектеп", "школ",
    ];

    private static readonly string[] MonthsKk = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];

    private static readonly string[] MonthsRu = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    /// <summary>How agencies put a reference to an open measure in a sentence: always with a word or a bracket around it.</summary>
    private static readonly string[] ReferenceForms =
    [
        "{0} іс-шарасы", "{0} бойынша", "({0})", "{0} іс-шарасымен бірге", "мероприятие {0} плана", "по мероприятию {0} плана",
        "см. {0}.", "{0} – орындалды", "{0}-ші іс-шара",
    ];

    private static readonly string[] Joiners = [" ", ", ", "; ", ". ", "\n", " – ", ": ", " (", ") ", ".\n", "\r\n"];

    /// <summary>The realistic comments, one per line (notes starting with # left out).</summary>
    public static IReadOnlyList<string> Comments { get; } =
        [.. Lookalikes.ReadResource("report-comments.txt").Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && l[0] != '#')];

    /// <summary>
    /// Every string of the catalog that a template, a report or a status table can show: names, units, sources,
    /// deadlines, funding notes, agencies, regions, tasks, the program. Left out: the extraction's own notes in English
    /// (hand corrections and known differences), which say where the decree has «Құпия» rows and are never shown.
    /// </summary>
    public static IEnumerable<string> CatalogTexts(ProgramCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var node = System.Text.Json.JsonSerializer.SerializeToNode(catalog with { Corrections = [], KnownDifferences = [] })!;
        return Strings(node).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal);
    }

    /// <summary>One to six pieces of ordinary text joined the ways sentences and lists are.</summary>
    public static Gen<string> Generate(ProgramCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var open = catalog.Measures.Where(m => !m.Classified).Select(m => m.Number).ToArray();
        var sentences = Comments.Concat(catalog.Measures.Where(m => !m.Classified).Select(m => m.NameKk).OfType<string>())
            .Concat(catalog.Indicators.Select(i => i.NameKk)).ToArray();
        var clauses = sentences.SelectMany(s => s.Split([", ", "; ", ": ", " – "], StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var piece = Gen.Frequency(
            (3, Gen.Elements(sentences)),
            (3, Gen.Elements(clauses)),
            (2, Amount()),
            (1, Date()),
            (1, Reference(open)),
            (1, Law()));
        return from count in Gen.Choose(1, 6)
               from pieces in Gen.ListOf(piece, count)
               from joiners in Gen.ListOf(Gen.Elements(Joiners), count)
               select string.Concat(pieces.Select((p, i) => i == 0 ? p : joiners[i] + p));
    }

    private static Gen<string> Number() => Gen.Frequency(
        (3, Gen.Choose(0, 100).Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.Choose(100, 99_999).Select(n => n.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", "\u00A0", StringComparison.Ordinal))),
        (2, Gen.Zip(Gen.Choose(0, 999), Gen.Choose(0, 99)).Select(p => FormattableString.Invariant($"{p.Item1},{p.Item2}"))));

    private static Gen<string> Amount() =>
        from number in Number()
        from space in Gen.Elements(" ", "\u00A0", "")
        from unit in Gen.Elements(UnitsAfterNumber)
        select number + (unit.StartsWith('%') ? space : " ") + unit;

    private static Gen<string> Date() =>
        from day in Gen.Choose(1, 28)
        from month in Gen.Choose(1, 12)
        from year in Gen.Choose(2017, 2023)
        from form in Gen.Choose(0, 3)
        select form switch
        {
            0 => FormattableString.Invariant($"{day:00}.{month:00}.{year}"),
            1 => FormattableString.Invariant($"{year} жылғы {day} {MonthsKk[month - 1]}"),
            2 => FormattableString.Invariant($"{day} {MonthsRu[month - 1]} {year} года"),
            _ => FormattableString.Invariant($"{year} ж."),
        };

    private static Gen<string> Reference(int[] open) =>
        from number in Gen.Elements(open)
        from letter in Gen.Elements("М", "M")
        from separator in Gen.Elements("-", "\u2013", "")
        from form in Gen.Elements(ReferenceForms)
        select string.Format(CultureInfo.InvariantCulture, form, FormattableString.Invariant($"{letter}{separator}{number}"));

    private static Gen<string> Law() =>
        from number in Gen.Choose(1, 999)
        from form in Gen.Choose(0, 4)
        select form switch
        {
            0 => FormattableString.Invariant($"№ {number}"),
            1 => FormattableString.Invariant($"№ {number}-I"),
            2 => FormattableString.Invariant($"{number}-бап"),
            3 => FormattableString.Invariant($"{number}-тармақ"),
            _ => FormattableString.Invariant($"қаулы № {number}"),
        };

    private static IEnumerable<string> Strings(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => o.SelectMany(p => Strings(p.Value)),
        System.Text.Json.Nodes.JsonArray a => a.SelectMany(Strings),
        System.Text.Json.Nodes.JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
