using System.Globalization;
using System.Text;

namespace Spm.Core.Screening;

/// <summary>
/// The canonical form the classified-content screen matches on: each code point becomes zero or more symbols
/// (<c>M</c>, or <c>m</c> when lower case; digits <c>0</c>–<c>9</c>; <c>₀</c>–<c>₉</c> for a letter or sign that looks
/// like that digit, such as O, З, б, I, l; the letters of «Құпия» <c>K U P I A J</c>; <c>R N</c>; <c>*</c> for any other
/// word character; <c>-</c> for a dash or sign that ties a letter to a number, a space for any other separator), after
/// NFKC and Unicode TR39 confusable skeletons.
/// </summary>
/// <remarks>
/// The table is generated offline (<c>tools/screening/make_screen_map.py</c>) from Unicode's confusables data and
/// NFKC, because .NET in invariant-globalization mode does not normalise. Code points it does not list fall back to
/// their category: letters and numbers are word characters, marks and format characters vanish, the rest separate.
/// </remarks>
public static class ScreenAlphabet
{
    /// <summary>Word character outside the screen's alphabet.</summary>
    public const char Word = '*';

    /// <summary>Separator: punctuation, symbols, spaces (but see <see cref="Joiner"/>).</summary>
    public const char Separator = ' ';

    /// <summary>A separator that ties a letter to a number in a code: dashes, <c>_</c>, <c>/</c>, <c>#</c>, <c>№</c>, minus.</summary>
    public const char Joiner = '-';

    /// <summary>A letter or sign that looks like the digit 0 (O, О, Ο, ө); <c>₁</c>…<c>₉</c> follow it for 1…9.</summary>
    public const char LookalikeZero = '\u2080';

    /// <summary>A letter or sign that looks like the digit 1 (I, l, |, І, Ӏ), which also reads as the letter И.</summary>
    public const char LookalikeOne = '\u2081';

    /// <summary>A letter or sign that looks like the digit 9.</summary>
    public const char LookalikeNine = '\u2089';

    /// <summary>The marker in <see cref="Single"/> for a code point that has no symbol (it vanishes).</summary>
    private const char Dropped = '\0';

    /// <summary>The marker in <see cref="Single"/> for a code point with several symbols (see <see cref="Multiple"/>).</summary>
    private const char Several = '\u0001';

    private static readonly char[] Single = new char[0x10000];
    private static readonly Dictionary<int, string> Multiple = [];
    private static readonly Dictionary<int, string> Supplementary = [];

#pragma warning disable CA1810 // The table is built once from an embedded file; a static constructor says so plainly.
    static ScreenAlphabet()
#pragma warning restore CA1810
    {
        for (var c = 0; c < Single.Length; c++)
        {
            Single[c] = Default(CharUnicodeInfo.GetUnicodeCategory((char)c));
        }

        using var stream = typeof(ScreenAlphabet).Assembly.GetManifestResourceStream("Spm.Screening.screen-map.tsv")
            ?? throw new InvalidOperationException("The screen map resource is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var codePoint = int.Parse(line.AsSpan(0, tab), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            var symbols = line[(tab + 1)..];
            if (codePoint >= 0x10000)
            {
                Supplementary[codePoint] = symbols;
            }
            else if (symbols.Length == 1)
            {
                Single[codePoint] = symbols[0];
            }
            else if (symbols.Length == 0)
            {
                Single[codePoint] = Dropped;
            }
            else
            {
                Single[codePoint] = Several;
                Multiple[codePoint] = symbols;
            }
        }
    }

    /// <summary>Whether a symbol separates words: <see cref="Separator"/> or <see cref="Joiner"/>.</summary>
    public static bool IsSeparator(char symbol) => symbol is Separator or Joiner;

    /// <summary>Writes the canonical symbols of <paramref name="text"/> (for tests and diagnostics; the matcher streams).</summary>
    public static string Canonicalize(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var symbols = Next(text, ref i, out var one);
            if (symbols is null)
            {
                if (one != Dropped)
                {
                    builder.Append(one);
                }
            }
            else
            {
                builder.Append(symbols);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Reads the code point at <paramref name="index"/> and moves past it. Returns its symbols as a string when it has
    /// several (or is outside the basic plane), else null with the single symbol in <paramref name="single"/>
    /// (<c>'\0'</c> when it vanishes).
    /// </summary>
    internal static string? Next(ReadOnlySpan<char> text, ref int index, out char single)
    {
        var c = text[index++];
        if (char.IsHighSurrogate(c) && index < text.Length && char.IsLowSurrogate(text[index]))
        {
            var codePoint = char.ConvertToUtf32(c, text[index++]);
            single = Dropped;
            if (Supplementary.TryGetValue(codePoint, out var listed))
            {
                return listed;
            }

            single = Default(CharUnicodeInfo.GetUnicodeCategory(codePoint));
            return null;
        }

        single = Single[c];
        return single == Several ? Multiple[c] : null;
    }

    private static char Default(UnicodeCategory category) => category switch
    {
        UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => Dropped,
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => Word,
        UnicodeCategory.Surrogate => Word,
        _ => Separator,
    };
}
