namespace Spm.Core.Notifications.Contacts;

/// <summary>
/// The address rule for contacts: a plain <c>local@domain</c> (no display name, no quotes, no comments), ASCII,
/// at most 254 characters; the local part a dot-atom of at most 64 characters, the domain at least two labels of
/// letters, digits and inner hyphens (IDN domains in their <c>xn--</c> form) with an alphabetic last label.
/// </summary>
public static class EmailAddress
{
    private const string LocalSpecials = "!#$%&'*+/=?^_`{|}~-";

    public static bool IsValid(string? address)
    {
        if (string.IsNullOrEmpty(address) || address.Length > 254)
        {
            return false;
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != address.LastIndexOf('@') || at > 64)
        {
            return false;
        }

        return IsLocalPart(address.AsSpan(0, at)) && IsDomain(address.AsSpan(at + 1));
    }

    private static bool IsLocalPart(ReadOnlySpan<char> local)
    {
        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '.' && !LocalSpecials.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        if (domain.Length is 0 or > 253)
        {
            return false;
        }

        var labels = 0;
        var lastLabelAlphabetic = false;
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }

            labels++;
            lastLabelAlphabetic = label.Length >= 2 && (IsAllLetters(label) || label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase));
        }

        return labels >= 2 && lastLabelAlphabetic;
    }

    private static bool IsAllLetters(ReadOnlySpan<char> label)
    {
        foreach (var c in label)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
