using FsCheck;
using FsCheck.Fluent;
using Spm.Core.Screening;

namespace Spm.Core.Tests.Screening;

/// <summary>
/// FsCheck generators of disguised classified content: a classified measure's code or the mark «Құпия», each letter
/// and digit in another case, a look-alike (<see cref="Lookalikes"/>), a full-width or mathematical form, with
/// combining marks and invisible characters anywhere, separators and leading zeros, in realistic surroundings.
/// </summary>
internal static class Disguises
{
    /// <summary>What may stand between the letter and the number: dashes, dots, slashes, signs, spaces, no-break spaces.</summary>
    public static readonly string[] Separators =
    [
        "-", "\u2013", "\u2014", ".", "_", "/", ":", "#", "\u2116", " ", "\u2009", "\u2007", "\u00A0", "\u202F",
    ];

    /// <summary>Characters that show nothing (Unicode Default_Ignorable_Code_Point), by name in the comments.</summary>
    public static readonly string[] Invisibles =
    [
        "\u00AD", // SOFT HYPHEN
        "\u034F", // COMBINING GRAPHEME JOINER
        "\u061C", // ARABIC LETTER MARK
        "\u115F", // HANGUL CHOSEONG FILLER
        "\u1160", // HANGUL JUNGSEONG FILLER
        "\u17B4", // KHMER VOWEL INHERENT AQ
        "\u180E", // MONGOLIAN VOWEL SEPARATOR
        "\u200B", // ZERO WIDTH SPACE
        "\u200C", // ZERO WIDTH NON-JOINER
        "\u200D", // ZERO WIDTH JOINER
        "\u200E", // LEFT-TO-RIGHT MARK
        "\u200F", // RIGHT-TO-LEFT MARK
        "\u202A", // LEFT-TO-RIGHT EMBEDDING
        "\u202B", // RIGHT-TO-LEFT EMBEDDING
        "\u202C", // POP DIRECTIONAL FORMATTING
        "\u202D", // LEFT-TO-RIGHT OVERRIDE
        "\u202E", // RIGHT-TO-LEFT OVERRIDE
        "\u2060", // WORD JOINER
        "\u2061", // FUNCTION APPLICATION
        "\u2062", // INVISIBLE TIMES
        "\u2063", // INVISIBLE SEPARATOR
        "\u2064", // INVISIBLE PLUS
        "\u2066", // LEFT-TO-RIGHT ISOLATE
        "\u2067", // RIGHT-TO-LEFT ISOLATE
        "\u2068", // FIRST STRONG ISOLATE
        "\u2069", // POP DIRECTIONAL ISOLATE
        "\u3164", // HANGUL FILLER
        "\uFE00", // VARIATION SELECTOR-1
        "\uFE0F", // VARIATION SELECTOR-16
        "\uFEFF", // ZERO WIDTH NO-BREAK SPACE
        "\uFFA0", // HALFWIDTH HANGUL FILLER
        "\U0001BCA0", // SHORTHAND FORMAT LETTER OVERLAP
        "\U0001D173", // MUSICAL SYMBOL BEGIN BEAM
        "\U000E0001", // LANGUAGE TAG
        "\U000E0020", // TAG SPACE
        "\U000E0041", // TAG LATIN CAPITAL LETTER A
        "\U000E0100", // VARIATION SELECTOR-17
    ];

    /// <summary>Combining marks put on letters and digits, by name in the comments.</summary>
    public static readonly string[] CombiningMarks =
    [
        "\u0300", // COMBINING GRAVE ACCENT
        "\u0301", // COMBINING ACUTE ACCENT
        "\u0302", // COMBINING CIRCUMFLEX ACCENT
        "\u0303", // COMBINING TILDE
        "\u0304", // COMBINING MACRON
        "\u0306", // COMBINING BREVE
        "\u0307", // COMBINING DOT ABOVE
        "\u0308", // COMBINING DIAERESIS
        "\u030A", // COMBINING RING ABOVE
        "\u030B", // COMBINING DOUBLE ACUTE ACCENT
        "\u030C", // COMBINING CARON
        "\u0323", // COMBINING DOT BELOW
        "\u0327", // COMBINING CEDILLA
        "\u0328", // COMBINING OGONEK
        "\u0331", // COMBINING MACRON BELOW
        "\u0336", // COMBINING LONG STROKE OVERLAY
        "\u0338", // COMBINING LONG SOLIDUS OVERLAY
        "\u0483", // COMBINING CYRILLIC TITLO
        "\u0487", // COMBINING CYRILLIC POKRYTIE
        "\u1AB0", // COMBINING DOUBLED CIRCUMFLEX ACCENT
        "\u1DC4", // COMBINING MACRON-ACUTE
        "\u20D0", // COMBINING LEFT HARPOON ABOVE
        "\u20DD", // COMBINING ENCLOSING CIRCLE
        "\u20E3", // COMBINING ENCLOSING KEYCAP
        "\uFE20", // COMBINING LIGATURE LEFT HALF
    ];

    /// <summary>What may come before a code or the mark: the start of the text, a space, punctuation, a new line.</summary>
    public static readonly string[] Before =
    [
        "", " ", "\n", "\r\n", "\t", "(", "[", "«", "\"", "\u201C", "'", ",", ";", ":", "\u2014", "-", "\u2116", "/", ". ", "\u2022 ",
    ];

    /// <summary>Punctuation, a space or the end of the text after a code.</summary>
    public static readonly string[] AfterPunctuation =
    [
        "", ".", ",", ";", ":", ")", "]", "»", "\"", "\u201D", "!", "?", "\u2026", " ", "\n", "-", "/", "%",
    ];

    /// <summary>Letters of the Kazakh, Russian and Latin alphabets, any of which may follow a code directly (<c>М-21а</c>).</summary>
    public static readonly string[] Letters =
    [
        .. "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя".Select(c => c.ToString()),
        .. "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ".Select(c => c.ToString()),
        .. "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".Select(c => c.ToString()),
    ];

    /// <summary>Endings and words people attach to a code: Kazakh case endings and ordinals, Russian endings, sub-items.</summary>
    public static readonly string[] Suffixes =
    [
        "-ші", "-шы", "-ге", "-ке", "-де", "-те", "-ден", "-нің", "-ны", "-ға", "ші", "шы", "ге", "де", "ден", "бен", "мен", "пен",
        "дағы", "-го", "-му", "-м", "-й", "-ом", "ом", "а", "б", "в", " іс-шарасы", " бойынша", " мероприятия", "-іс-шара",
    ];

    /// <summary>Kazakh and Russian sentences an agency might write, with <c>{0}</c> where the disguise goes.</summary>
    public static readonly string[] CodeSentences =
    [
        "{0}",
        "Есепті кезеңде {0} бойынша жұмыс жүргізілді.",
        "{0} іс-шарасы толық орындалды.",
        "Қаражат {0} іс-шарасына бағытталды, игерілгені 12,5 млн теңге.",
        "Ақпарат {0} ҰҚК-ға 2019 жылғы 5 шілдеде жіберілді.",
        "М-14 және {0} іс-шаралары бірлесіп өткізілді.",
        "Жоспар бойынша ({0}) 14 семинар өткізілді, 1 250 адам қатысты.",
        "Іс-шараның коды: {0}\nОрындалуы 100 %.",
        "Есеп {0} бойынша ұсынылған деректермен салыстырылды.",
        "Бюджеттік бағдарлама 002, {0}, игеру 97 %.",
        "Мероприятие {0} исполнено в полном объёме.",
        "См. {0}; данные уточняются.",
        "Согласно плану {0} проведено 14 семинаров.",
        "Информация по {0} направлена в КНБ 4 июля 2019 года.",
        "Освоено 27,8 млн тенге (мероприятие {0}).",
        "По мероприятиям М-3, {0} и М-45 отчёт представлен.",
        "Код строки – {0}",
        "Примечание:\n{0}\nисполнено.",
    ];

    /// <summary>Sentences with <c>{0}</c> where the disguised mark goes (as a word, or inside one).</summary>
    public static readonly string[] MarkSentences =
    [
        "{0}",
        "Құжатта {0} белгісі бар.",
        "«{0}» грифі бар ақпарат жіберілмейді.",
        "Іс-шара {0} деп белгіленген.",
        "Бұл мәлімет {0}.",
        "Гриф {0} снят не был.",
        "Сведения ({0}) направлены отдельно.",
        "Отметка: {0}\nИсполнено.",
        "Примечание – {0}, см. приложение.",
    ];

    /// <summary>Spellings of «Құпия»: Kazakh, without Kazakh letters, and in Latin transliterations.</summary>
    public static readonly string[] MarkSpellings =
    [
        "Құпия", "Купия", "Кұпия", "Қупия", "Qupia", "Qupiya", "Qūpiia", "Qupiia", "Kupiya", "Kupija", "Kupiia", "Kupia",
    ];

    private static readonly string[] CodeLetters = ["M", "m", "М", "м"];

    /// <summary>A classified measure's code in disguise, expecting <see cref="ScreenMatchKind.MeasureCode"/> with its number.</summary>
    public static Gen<Disguise> Code(IReadOnlyList<int> classified) =>
        from number in Gen.Elements(classified.ToArray())
        from letter in Marked(CodeLetter())
        from separators in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(Gen.Elements(Separators), n))
        from zeros in Gen.Choose(0, 2)
        from digits in Gen.CollectToList(new string('0', zeros) + number, d => Marked(Digit(d)))
        from invisibles in Invisible()
        from before in Gen.Elements(Before)
        from after in After()
        from sentence in Gen.Elements(CodeSentences)
        let units = new List<string> { letter.Text }.Concat(separators).Concat(digits.Select(d => d.Text)).ToList()
        select new Disguise(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, before + Insert(units, invisibles) + after.Text),
            new ScreenMatch(ScreenMatchKind.MeasureCode, number),
            $"M-{number}")
        {
            Features = digits.Aggregate(letter.Features | after.Features, (all, d) => all | d.Features)
                | (invisibles.Count > 0 ? DisguiseFeatures.Invisible : 0)
                | (separators.Count > 0 ? DisguiseFeatures.Separator : 0)
                | (zeros > 0 ? DisguiseFeatures.LeadingZero : 0)
                | (sentence != "{0}" ? DisguiseFeatures.InSentence : 0),
        };

    /// <summary>The mark «Құпия» in disguise, expecting <see cref="ScreenMatchKind.ClassifiedMark"/>.</summary>
    public static Gen<Disguise> Mark() =>
        from spelling in Gen.Elements(MarkSpellings)
        from letters in Gen.CollectToList(spelling, c => Marked(MarkLetter(c)))
        from gaps in Gen.ListOf(Gen.Frequency((9, Gen.Constant("")), (1, Gen.Elements("-", ".", " ", "_", "\u00B7", "'"))), spelling.Length - 1)
        from invisibles in Invisible()
        from before in Gen.Elements(Before)
        from after in Gen.Frequency((3, Gen.Elements(AfterPunctuation)), (1, Gen.Elements("лы", "лық", "сы", "ға", "ны", "ные", "ная", "-")))
        from sentence in Gen.Elements(MarkSentences)
        let units = letters.Select(l => l.Text).SelectMany((l, i) => i == 0 ? [l] : new[] { gaps[i - 1], l }).Where(u => u.Length > 0).ToList()
        select new Disguise(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, before + Insert(units, invisibles) + after),
            new ScreenMatch(ScreenMatchKind.ClassifiedMark, 0),
            $"«{spelling}»")
        {
            Features = letters.Aggregate(DisguiseFeatures.None, (all, l) => all | l.Features)
                | (invisibles.Count > 0 ? DisguiseFeatures.Invisible : 0)
                | (gaps.Any(g => g.Length > 0) ? DisguiseFeatures.Separator : 0)
                | (sentence != "{0}" ? DisguiseFeatures.InSentence : 0),
        };

    /// <summary>The letter M: either case in Latin or Cyrillic, a look-alike, or a full-width or mathematical form.</summary>
    private static Gen<Piece> CodeLetter() => Variant(
        Gen.Elements(CodeLetters).Select(l => new Piece(l, l switch { "M" => DisguiseFeatures.None, "m" or "м" => DisguiseFeatures.CaseChange, _ => DisguiseFeatures.Lookalike })),
        Lookalikes.Of("M"));

    /// <summary>A digit: itself, a look-alike letter, or a full-width or mathematical form.</summary>
    private static Gen<Piece> Digit(char digit) => Variant(Gen.Constant(new Piece(digit.ToString(), DisguiseFeatures.None)), Lookalikes.Of(digit.ToString()));

    /// <summary>A letter of the mark: itself, in the other case, a look-alike, or a full-width or mathematical form.</summary>
    private static Gen<Piece> MarkLetter(char letter)
    {
        var cases = new[] { letter, char.ToUpperInvariant(letter), char.ToLowerInvariant(letter) }.Select(c => c.ToString()).ToArray();
        var lookalikes = cases.Select(Lookalikes.Of).FirstOrDefault(l => l.Count > 0) ?? [];
        return Variant(Gen.Elements(cases).Select(c => new Piece(c, c == letter.ToString() ? DisguiseFeatures.None : DisguiseFeatures.CaseChange)), lookalikes);
    }

    private static Gen<Piece> Variant(Gen<Piece> plain, IReadOnlyList<Lookalike> lookalikes)
    {
        var choices = new List<(int, Gen<Piece>)> { (3, plain) };
        var homoglyphs = lookalikes.Where(l => l.Kind is LookalikeKind.Homoglyph or LookalikeKind.Hand).Select(l => new Piece(l.Text, DisguiseFeatures.Lookalike)).ToArray();
        var forms = lookalikes.Where(l => l.Kind is LookalikeKind.Fullwidth or LookalikeKind.Math).Select(l => new Piece(l.Text, DisguiseFeatures.Form)).ToArray();
        if (homoglyphs.Length > 0)
        {
            choices.Add((2, Gen.Elements(homoglyphs)));
        }

        if (forms.Length > 0)
        {
            choices.Add((1, Gen.Elements(forms)));
        }

        return Gen.Frequency(choices.ToArray());
    }

    /// <summary>Zero, one or two combining marks after the character, one time in four.</summary>
    private static Gen<Piece> Marked(Gen<Piece> character) =>
        from piece in character
        from marks in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 2))).SelectMany(n => Gen.ListOf(Gen.Elements(CombiningMarks), n))
        select marks.Count == 0 ? piece : new Piece(piece.Text + string.Concat(marks), piece.Features | DisguiseFeatures.CombiningMark);

    /// <summary>Up to three invisible characters, each with where it goes (taken modulo the places available).</summary>
    private static Gen<List<(int At, string Text)>> Invisible() =>
        Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 3)))
            .SelectMany(n => Gen.ListOf(Gen.Zip(Gen.Choose(0, 99), Gen.Elements(Invisibles)), n))
            .Select(list => list.Select(p => (p.Item1, p.Item2)).ToList());

    private static Gen<Piece> After() => Gen.Frequency(
        (3, Gen.Elements(AfterPunctuation).Select(p => new Piece(p, DisguiseFeatures.None))),
        (2, Gen.Elements(Letters).Select(l => new Piece(l, DisguiseFeatures.FollowedByLetter))),
        (2, Gen.Elements(Suffixes).Select(l => new Piece(l, char.IsLetter(l[0]) ? DisguiseFeatures.FollowedByLetter : DisguiseFeatures.None))));

    /// <summary>Joins the units with the invisible characters put between (or around) them.</summary>
    private static string Insert(List<string> units, List<(int At, string Text)> invisibles)
    {
        var slots = new string[units.Count + 1];
        Array.Fill(slots, "");
        foreach (var (at, text) in invisibles)
        {
            slots[at % slots.Length] += text;
        }

        return string.Concat(units.Select((u, i) => slots[i] + u)) + slots[^1];
    }

    /// <summary>A character or sequence of a disguise, and how it was disguised.</summary>
    private readonly record struct Piece(string Text, DisguiseFeatures Features);
}
