using System.Globalization;
using System.Text;
using Spm.Core.Screening;

namespace Spm.Core.Tests.Screening;

/// <summary>A text that hides classified content, what the screen must report for it, and what it hides.</summary>
public sealed record Disguise(string Text, ScreenMatch Expected, string Hides)
{
    /// <summary>How the disguise was made.</summary>
    public DisguiseFeatures Features { get; init; }

    /// <summary>How FsCheck prints a counterexample: the text as written and with every non-ASCII character spelled out.</summary>
    public override string ToString() => $"{Hides} ({Features}) as \"{Text}\" = \"{Spelled(Text)}\", expected {Expected}";

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

/// <summary>The ways a disguise was made (a case may combine several).</summary>
[Flags]
public enum DisguiseFeatures
{
    None = 0,

    /// <summary>A letter in the other case (or the lower-case m of a code).</summary>
    CaseChange = 1,

    /// <summary>A Latin, Cyrillic or Greek look-alike of a letter or digit.</summary>
    Lookalike = 2,

    /// <summary>A full-width or mathematical alphanumeric form.</summary>
    Form = 4,

    /// <summary>Combining marks on a letter or digit.</summary>
    CombiningMark = 8,

    /// <summary>Invisible characters inserted.</summary>
    Invisible = 16,

    /// <summary>Separators between the letter and the number (or between letters of the mark).</summary>
    Separator = 32,

    /// <summary>Leading zeros in the number.</summary>
    LeadingZero = 64,

    /// <summary>A letter right after the code's digits.</summary>
    FollowedByLetter = 128,

    /// <summary>Inside a Kazakh or Russian sentence.</summary>
    InSentence = 256,
}
