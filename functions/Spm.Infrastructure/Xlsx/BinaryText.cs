using System.Globalization;
using System.Text;

namespace Spm.Infrastructure.Xlsx;

/// <summary>
/// Finds text in bytes that are not XML: the device and form names in printer settings, and the strings of a file
/// the screen cannot open as a workbook (a legacy .xls, a damaged zip). Only runs that look like text count — at
/// least half letters or digits, from the alphabets text is written in — so that random binary data does not read
/// as a code by chance.
/// </summary>
internal static class BinaryText
{
    private const int MinWideRun = 3;
    private const int MinNarrowRun = 8;
    private const int MaxRun = 4096;

    private static readonly Encoding Utf8 = new UTF8Encoding(false, false);
    private static readonly Encoding Windows1251 = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;

    /// <summary>UTF-16 runs (either byte alignment), then 8-bit runs read as UTF-8 and as Windows-1251.</summary>
    public static IEnumerable<string> Runs(ReadOnlyMemory<byte> bytes)
    {
        for (var offset = 0; offset < 2 && offset < bytes.Length; offset++)
        {
            var aligned = bytes[offset..];
            aligned = aligned[..(aligned.Length & ~1)];
            foreach (var run in Split(Encoding.Unicode.GetString(aligned.Span), MinWideRun))
            {
                yield return run;
            }
        }

        foreach (var run in Split(Utf8.GetString(bytes.Span), MinNarrowRun))
        {
            yield return run;
        }

        if (bytes.Span.IndexOfAnyInRange((byte)0xC0, (byte)0xFF) >= 0)
        {
            foreach (var run in Split(Windows1251.GetString(bytes.Span), MinNarrowRun))
            {
                yield return run;
            }
        }
    }

    /// <summary>Reads a whole text file (a CSV): UTF-8 when it decodes as UTF-8 (BOM or not), else Windows-1251, else UTF-16.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1251.GetString(bytes);
        }
    }

    private static IEnumerable<string> Split(string text, int minimum)
    {
        var start = -1;
        var wordy = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var inRun = i < text.Length && IsTextCharacter(text[i]);
            if (inRun && start < 0)
            {
                start = i;
                wordy = 0;
            }

            if (inRun)
            {
                wordy += char.IsLetterOrDigit(text[i]) ? 1 : 0;
            }

            if (start >= 0 && (!inRun || i - start >= MaxRun))
            {
                var length = i - start;
                if (length >= minimum && wordy * 2 >= length)
                {
                    yield return text[start..i];
                }

                start = inRun ? i : -1;
                wordy = inRun && char.IsLetterOrDigit(text[i]) ? 1 : 0;
            }
        }
    }

    // The alphabets a report's text (and a disguise of it) is written in: ASCII, Latin-1, Cyrillic, punctuation,
    // letter-like and number forms, circled numbers, full-width forms.
    private static bool IsTextCharacter(char c) => c switch
    {
        >= ' ' and <= '~' => true,
        >= '\u00A0' and <= '\u00FF' => true,
        >= '\u0370' and <= '\u04FF' => true,
        >= '\u2000' and <= '\u206F' => c != '\u2028' && c != '\u2029',
        >= '\u2100' and <= '\u218F' => true,
        >= '\u2460' and <= '\u24FF' => true,
        >= '\uFF01' and <= '\uFF5E' => true,
        _ => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && c < '\u0370',
    };
}
