using System.Globalization;
using System.Text;

namespace Spm.Infrastructure.Xlsx;

/// <summary>Decodes the <c>_xHHHH_</c> escapes Excel uses for characters XML cannot carry.</summary>
internal static class OoxmlText
{
    /// <summary>Replaces each <c>_xHHHH_</c> with its UTF-16 unit; <c>_x005F_</c> keeps the next escape literal.</summary>
    public static string Decode(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_'
                && ushort.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 7;
                continue;
            }

            builder.Append(text[i]);
            i++;
        }

        return builder.ToString();
    }
}
