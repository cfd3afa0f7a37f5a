namespace Spm.Core.Notifications.Contacts;

/// <summary>
/// Where a reporting unit's email goes: one primary address, copies, and the language it reads.
/// The unit <see cref="CoordinatorUnit"/> holds the coordinator's addresses.
/// </summary>
public sealed record Contact(string Unit, string To, IReadOnlyList<string> Cc, ContactLanguage Language)
{
    /// <summary>The reserved unit code of the monitoring office (the coordinator at ҰҚК).</summary>
    public const string CoordinatorUnit = "coordinator";

    public bool IsCoordinator => Unit == CoordinatorUnit;

    /// <summary>The CSV and table spelling of a language: <c>kk</c>, <c>ru</c> or <c>both</c>.</summary>
    public static string Code(ContactLanguage language) => language switch
    {
        ContactLanguage.Kazakh => "kk",
        ContactLanguage.Russian => "ru",
        _ => "both",
    };

    /// <summary>Parses <c>kk</c>, <c>ru</c> or <c>both</c> (any case, surrounding spaces ignored).</summary>
    public static bool TryParseLanguage(string? text, out ContactLanguage language)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "kk":
                language = ContactLanguage.Kazakh;
                return true;
            case "ru":
                language = ContactLanguage.Russian;
                return true;
            case "both":
                language = ContactLanguage.Both;
                return true;
            default:
                language = ContactLanguage.Both;
                return false;
        }
    }
}
