using System.Text;

namespace Spm.Core.Workbooks;

/// <summary>Normalises text typed into cells: invisible characters out, odd spaces in line.</summary>
public static class CellText
{
    /// <summary>
    /// Removes zero-width and other invisible characters, turns every kind of space and line
    /// break (no-break, narrow, thin, tab, newline) into a plain space, collapses runs of spaces
    /// and trims. Null becomes empty.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (IsAlreadyNormal(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Characters that render as nothing but make two equal-looking texts differ.</summary>
    public static bool IsInvisible(char c) => c switch
    {
        '\u00AD' => true, // soft hyphen
        '\u180E' => true, // Mongolian vowel separator
        >= '\u200B' and <= '\u200F' => true, // zero-width space, (non-)joiner, LRM, RLM
        >= '\u202A' and <= '\u202E' => true, // bidi embeddings and overrides
        >= '\u2060' and <= '\u2064' => true, // word joiner, invisible operators
        >= '\u2066' and <= '\u2069' => true, // bidi isolates
        '\uFEFF' => true, // zero-width no-break space (BOM)
        < '\u0020' => !char.IsWhiteSpace(c), // control characters other than tab and line breaks
        '\u007F' => true,
        _ => false,
    };

    private static bool IsAlreadyNormal(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }

        var previousSpace = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousSpace)
                {
                    return false;
                }

                previousSpace = true;
                continue;
            }

            if (c > '\u007E' || c < '\u0021' ? IsInvisible(c) || char.IsWhiteSpace(c) : false)
            {
                return false;
            }

            previousSpace = false;
        }

        return true;
    }
}
