using System.Text;

namespace Spm.Core.Workbooks;

/// <summary>Canonical form of codes typed into cells (row codes, indicator and measure codes).</summary>
public static class CodeText
{
    /// <summary>
    /// Normalises the text, drops every space, turns dashes into <c>-</c> and full-width forms
    /// into ASCII, upper-cases, and maps Cyrillic and Greek letters that look like Latin ones
    /// to Latin: "ті - 1" typed on a Kazakh keyboard becomes "TI-1".
    /// </summary>
    public static string Canonicalize(string? text)
    {
        var normal = CellText.Normalize(text);
        var builder = new StringBuilder(normal.Length);
        foreach (var c in normal)
        {
            if (c == ' ')
            {
                continue;
            }

            builder.Append(ToLatin(char.ToUpperInvariant(Narrow(c))));
        }

        return builder.ToString();
    }

    private static char Narrow(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0), // full-width ASCII
        >= '\u2010' and <= '\u2015' or '\u2212' or '\uFE63' => '-',
        _ => c,
    };

    private static char ToLatin(char c) => c switch
    {
        // Cyrillic capitals, including Kazakh І, Ү, Һ.
        '\u0410' => 'A',
        '\u0412' => 'B',
        '\u0415' => 'E',
        '\u0405' => 'S',
        '\u0406' or '\u04C0' => 'I',
        '\u0408' => 'J',
        '\u041A' => 'K',
        '\u041C' => 'M',
        '\u041D' or '\u04BA' => 'H',
        '\u041E' => 'O',
        '\u0420' => 'P',
        '\u0421' => 'C',
        '\u0422' => 'T',
        '\u0423' or '\u04AE' => 'Y',
        '\u0425' => 'X',
        '\u051A' => 'Q',
        '\u051C' => 'W',

        // Greek capitals.
        '\u0391' => 'A',
        '\u0392' => 'B',
        '\u0395' => 'E',
        '\u0396' => 'Z',
        '\u0397' => 'H',
        '\u0399' => 'I',
        '\u039A' => 'K',
        '\u039C' => 'M',
        '\u039D' => 'N',
        '\u039F' => 'O',
        '\u03A1' => 'P',
        '\u03A4' => 'T',
        '\u03A5' => 'Y',
        '\u03A7' => 'X',
        _ => c,
    };
}
