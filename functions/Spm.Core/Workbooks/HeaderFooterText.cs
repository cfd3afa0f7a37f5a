using System.Text;

namespace Spm.Core.Workbooks;

/// <summary>
/// The text a printed header or footer shows, from its format codes: the left, centre and right sections each
/// as a person reads them, formatting codes (<c>&amp;B</c>, <c>&amp;12</c>, <c>&amp;"Arial,Bold"</c>, <c>&amp;KFF0000</c>)
/// removed without a trace so that text on both sides joins, and fields filled in.
/// </summary>
/// <remarks>
/// A field whose value is not known here is rendered in every way that matters: the page number and page count
/// as each of 1–9 (so <c>M-2&amp;P</c> is seen as <c>M-21</c> … <c>M-29</c>), and a font size glued to digits
/// (<c>&amp;121</c>) with one, two and three digits taken as the size. The sheet name is filled in; file name,
/// path, date and time are left empty (a file name is screened where it is stored, the blob name).
/// </remarks>
public static class HeaderFooterText
{
    private const int MaxVariants = 64;

    /// <summary>Every reading of every section of a header or footer.</summary>
    public static IReadOnlyList<string> Render(string? code, string? sheetName)
    {
        if (string.IsNullOrEmpty(code))
        {
            return [];
        }

        var results = new List<string>();
        var variants = new List<StringBuilder> { new() };
        var i = 0;
        while (i < code.Length)
        {
            var c = code[i];
            if (c != '&' || i + 1 >= code.Length)
            {
                Append(variants, c.ToString());
                i++;
                continue;
            }

            var next = code[i + 1];
            switch (next)
            {
                case '&':
                    Append(variants, "&");
                    i += 2;
                    break;
                case 'L' or 'C' or 'R':
                    Flush(variants, results);
                    i += 2;
                    break;
                case 'P' or 'N':
                    Fork(variants, ["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
                    i += 2;
                    break;
                case 'A':
                    Append(variants, sheetName ?? "");
                    i += 2;
                    break;
                case '"':
                    var close = code.IndexOf('"', i + 2);
                    i = close < 0 ? code.Length : close + 1;
                    break;
                case 'K':
                    // &KRRGGBB, or a theme colour &KTTSNNN / &KTT+NNN / &KTT-NNN.
                    i += 2;
                    var take = 0;
                    while (take < 6 && i + take < code.Length && (char.IsAsciiHexDigit(code[i + take]) || (take == 2 && code[i + take] is 'S' or '+' or '-')))
                    {
                        take++;
                    }

                    i += take;
                    break;
                case >= '0' and <= '9':
                    var run = 0;
                    while (i + 1 + run < code.Length && char.IsAsciiDigit(code[i + 1 + run]))
                    {
                        run++;
                    }

                    if (run <= 1)
                    {
                        i += 1 + run;
                        break;
                    }

                    // Ambiguous: the size may take one, two or three of the digits; the rest is text.
                    var digits = code.Substring(i + 1, run);
                    Fork(variants, [.. Enumerable.Range(1, Math.Min(3, run)).Select(n => digits[n..])]);
                    i += 1 + run;
                    break;
                default:
                    // &B &I &U &E &S &X &Y &O &H &D &T &F &Z &G: formatting, or fields with nothing to screen here.
                    i += 2;
                    break;
            }
        }

        Flush(variants, results);
        return results;
    }

    private static void Append(List<StringBuilder> variants, string text)
    {
        foreach (var variant in variants)
        {
            variant.Append(text);
        }
    }

    private static void Fork(List<StringBuilder> variants, string[] options)
    {
        if (variants.Count * options.Length > MaxVariants)
        {
            // Enough readings already; keep the first option so the text still joins.
            Append(variants, options[0]);
            return;
        }

        var forked = new List<StringBuilder>(variants.Count * options.Length);
        foreach (var variant in variants)
        {
            foreach (var option in options)
            {
                forked.Add(new StringBuilder(variant.ToString()).Append(option));
            }
        }

        variants.Clear();
        variants.AddRange(forked);
    }

    private static void Flush(List<StringBuilder> variants, List<string> results)
    {
        foreach (var variant in variants.Where(v => v.Length > 0).Select(v => v.ToString()).Distinct(StringComparer.Ordinal))
        {
            results.Add(variant);
        }

        variants.Clear();
        variants.Add(new StringBuilder());
    }
}
