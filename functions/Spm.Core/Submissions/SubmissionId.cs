using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Spm.Core.Submissions;

/// <summary>
/// Deterministic submission ids: the upload's time (UTC, so ids sort by upload) and a hash of the blob's name and
/// version, so a blob trigger that fires twice, a retry or the reconciler all arrive at the same id — and the same
/// name uploaded again (a new version) is a new submission.
/// </summary>
public static class SubmissionId
{
    /// <summary><c>20190705T101500123Z-3f9a1c2b7d</c>.</summary>
    public static string For(string blobName, string version, DateTimeOffset uploadedUtc)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        ArgumentNullException.ThrowIfNull(version);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(blobName + "\n" + version));
        return uploadedUtc.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(hash)[..10];
    }

    /// <summary>Whether the text has the shape of an id (for command-line input).</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: 30 } && text[8] == 'T' && text[18] == 'Z' && text[19] == '-'
        && text.AsSpan(0, 8).ContainsOnlyDigits() && text.AsSpan(9, 9).ContainsOnlyDigits() && text.AsSpan(20).ContainsOnlyHex();

    private static bool ContainsOnlyDigits(this ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    private static bool ContainsOnlyHex(this ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
