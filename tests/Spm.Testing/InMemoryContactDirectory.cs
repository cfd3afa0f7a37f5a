using Spm.Core.Notifications.Contacts;

namespace Spm.Testing;

/// <summary>Contacts in memory.</summary>
public sealed class InMemoryContactDirectory : IContactDirectory
{
    private readonly Dictionary<string, Contact> entries = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public InMemoryContactDirectory(params IEnumerable<Contact> initial)
    {
        foreach (var contact in initial)
        {
            entries[contact.Unit] = contact;
        }
    }

    public int Replacements { get; private set; }

    public Task<IReadOnlyDictionary<string, Contact>> AllAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyDictionary<string, Contact>>(new Dictionary<string, Contact>(entries, StringComparer.Ordinal));
        }
    }

    public Task<Contact?> FindAsync(string unit, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(entries.GetValueOrDefault(unit));
        }
    }

    public Task ReplaceAllAsync(IReadOnlyList<Contact> contacts, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            entries.Clear();
            foreach (var contact in contacts)
            {
                entries[contact.Unit] = contact;
            }

            Replacements++;
        }

        return Task.CompletedTask;
    }

    /// <summary>A contact on the reserved domain example.kz.</summary>
    public static Contact Sample(string unit, ContactLanguage language = ContactLanguage.Both) =>
        new(unit, $"{unit}@example.kz", [$"{unit}-copy@example.kz"], language);

    /// <summary>Every reporting unit of the catalog and the coordinator, on example.kz.</summary>
    public static InMemoryContactDirectory ForEveryUnit(Spm.Core.Catalog.ProgramCatalog catalog, params string[] except) =>
        new(catalog.Agencies
            .Where(a => a.Kind != Spm.Core.Catalog.AgencyKind.Group && !except.Contains(a.Code))
            .Select(a => Sample(a.Code))
            .Append(Sample(Contact.CoordinatorUnit)));
}
