namespace Spm.Core.Notifications.Contacts;

/// <summary>The contacts of every reporting unit and of the coordinator (port; a table in production).</summary>
public interface IContactDirectory
{
    /// <summary>Every contact, by unit code.</summary>
    Task<IReadOnlyDictionary<string, Contact>> AllAsync(CancellationToken cancellationToken);

    /// <summary>One unit's contact, or null when it has none.</summary>
    Task<Contact?> FindAsync(string unit, CancellationToken cancellationToken);

    /// <summary>Replaces the whole directory with <paramref name="contacts"/> (units not in it lose their contact).</summary>
    Task ReplaceAllAsync(IReadOnlyList<Contact> contacts, CancellationToken cancellationToken);
}
