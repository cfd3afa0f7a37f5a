namespace Spm.Core.Notifications.Contacts;

/// <summary>Which language a unit's email is written in; the subject line always carries both.</summary>
public enum ContactLanguage
{
    /// <summary>Kazakh and Russian, one after the other (the default).</summary>
    Both,

    /// <summary>Kazakh only (<c>kk</c>).</summary>
    Kazakh,

    /// <summary>Russian only (<c>ru</c>).</summary>
    Russian,
}
