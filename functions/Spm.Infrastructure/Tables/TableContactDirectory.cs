using Azure;
using Azure.Data.Tables;
using Spm.Core.Notifications.Contacts;
using Spm.Infrastructure.Storage;

namespace Spm.Infrastructure.Tables;

/// <summary>
/// The contacts in the <c>contacts</c> table on the host account (not the report account: addresses are not for
/// report readers). One partition, so a replace of up to 100 contacts is one atomic transaction.
/// </summary>
internal sealed class TableContactDirectory(TableClient table, TimeProvider time) : IContactDirectory
{
    private readonly CreateOnce ready = new(() => table.CreateIfNotExistsAsync());

    public async Task<IReadOnlyDictionary<string, Contact>> AllAsync(CancellationToken cancellationToken)
    {
        await ready.EnsureAsync(cancellationToken);
        var contacts = new Dictionary<string, Contact>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<ContactEntity>(e => e.PartitionKey == ContactEntity.Partition, cancellationToken: cancellationToken))
        {
            contacts[entity.RowKey] = ToContact(entity);
        }

        return contacts;
    }

    public async Task<Contact?> FindAsync(string unit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        await ready.EnsureAsync(cancellationToken);
        var found = await table.GetEntityIfExistsAsync<ContactEntity>(ContactEntity.Partition, unit, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? ToContact(entity) : null;
    }

    public async Task ReplaceAllAsync(IReadOnlyList<Contact> contacts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        await ready.EnsureAsync(cancellationToken);
        var now = time.GetUtcNow();
        var keep = contacts.Select(c => c.Unit).ToHashSet(StringComparer.Ordinal);
        var actions = contacts
            .Select(c => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(c, now)))
            .ToList();
        await foreach (var existing in table.QueryAsync<ContactEntity>(e => e.PartitionKey == ContactEntity.Partition, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (!keep.Contains(existing.RowKey))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(ContactEntity.Partition, existing.RowKey), ETag.All));
            }
        }

        await TableLimits.SubmitAsync(table, actions, cancellationToken);
    }

    private static ContactEntity ToEntity(Contact contact, DateTimeOffset now) => new()
    {
        RowKey = contact.Unit,
        To = contact.To,
        Cc = string.Join(';', contact.Cc),
        Language = Contact.Code(contact.Language),
        UpdatedUtc = now.ToUniversalTime(),
    };

    private static Contact ToContact(ContactEntity entity)
    {
        // A row written by hand with an unknown language gets both languages rather than none.
        var language = Contact.TryParseLanguage(entity.Language, out var parsed) ? parsed : ContactLanguage.Both;
        return new Contact(entity.RowKey, entity.To, entity.Cc.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), language);
    }
}
