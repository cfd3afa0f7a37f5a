using System.Globalization;
using System.Text;
using Spm.Core.Screening;

namespace Spm.Core.Tests.Screening;

/// <summary>A text that hides classified content, what the screen must report for it, and what it hides.</summary>
public sealed record Disguise(string Text, ScreenMatch Expected, string Hides)
{
    /// <summary>How FsCheck prints a counterexample: the text as written and with every non-ASCII character spelled out.</summary>
    public override string ToString() => $"{Hides} as \"{Text}\" = \"{Spelled(Text)}\", expected {Expected}";

    /// <summary>The text with every character outside printable ASCII written as <c>\u{XXXX}</c>, so invisible ones show.</summary>
    public static string Spelled(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length * 2);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is >= 0x20 and < 0x7F)
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{{{rune.Value:X4}}}");
            }
        }

        return builder.ToString();
    }
}
