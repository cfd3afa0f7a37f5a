using Azure.Data.Tables;

namespace Spm.Infrastructure.Tables;

/// <summary>
/// Azure Table Storage's limits, enforced here because Azurite accepts more than Azure does: a transaction holds at
/// most 100 operations on entities of one partition and at most 4 MiB; an entity at most 1 MiB and 252 properties;
/// a string property at most 64 KiB (32 K characters).
/// </summary>
public static class TableLimits
{
    public const int MaxOperationsPerTransaction = 100;
    public const long MaxTransactionBytes = 4 * 1024 * 1024;
    public const long MaxEntityBytes = 1024 * 1024;
    public const int MaxProperties = 252;
    public const int MaxStringChars = 32 * 1024;

    // Room for the multipart envelope of each operation and the batch itself.
    private const int OperationOverheadBytes = 1024;

    /// <summary>
    /// An upper estimate of an entity's size in a transaction: the SDK's JSON escapes every non-ASCII character as
    /// <c>\uXXXX</c>, so a Kazakh or Russian text costs six bytes a character on the wire.
    /// </summary>
    public static long EstimateBytes(ITableEntity entity) => Size(entity, bytesPerChar: 6, otherValue: 40);

    /// <summary>An entity's stored size as Azure counts it for the 1 MiB limit: strings in UTF-16.</summary>
    public static long StoredBytes(ITableEntity entity) => Size(entity, bytesPerChar: 2, otherValue: 8);

    /// <summary>Throws when an entity breaks a limit Azure would reject it for.</summary>
    public static void Check(ITableEntity entity, string table)
    {
        ArgumentNullException.ThrowIfNull(entity);
        List<(string Name, object? Value)> properties = entity is TableEntity dynamic
            ? [.. dynamic.Select(p => (p.Key, (object?)p.Value))]
            : [.. entity.GetType().GetProperties().Select(p => (p.Name, p.GetValue(entity)))];
        if (properties.Count > MaxProperties)
        {
            throw new InvalidOperationException($"An entity for {table} has {properties.Count} properties; Azure allows {MaxProperties}.");
        }

        foreach (var (name, value) in properties)
        {
            if (value is string text && text.Length > MaxStringChars)
            {
                throw new InvalidOperationException($"Property {name} of an entity for {table} holds {text.Length} characters; Azure allows {MaxStringChars}.");
            }
        }

        var bytes = StoredBytes(entity);
        if (bytes > MaxEntityBytes)
        {
            throw new InvalidOperationException($"An entity for {table} is about {bytes} bytes; Azure allows {MaxEntityBytes}.");
        }
    }

    /// <summary>
    /// Splits upserts into transactions Azure accepts: one partition each, at most 100 operations and 4 MiB.
    /// </summary>
    public static IEnumerable<List<TableTransactionAction>> Transactions(IEnumerable<TableTransactionAction> actions, string table)
    {
        ArgumentNullException.ThrowIfNull(actions);
        foreach (var partition in actions.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal))
        {
            var batch = new List<TableTransactionAction>();
            long bytes = 0;
            foreach (var action in partition)
            {
                Check(action.Entity, table);
                var size = EstimateBytes(action.Entity) + OperationOverheadBytes;
                if (batch.Count == MaxOperationsPerTransaction || (batch.Count > 0 && bytes + size > MaxTransactionBytes))
                {
                    yield return batch;
                    batch = [];
                    bytes = 0;
                }

                batch.Add(action);
                bytes += size;
            }

            if (batch.Count > 0)
            {
                yield return batch;
            }
        }
    }

    /// <summary>Submits actions in as few transactions as the limits allow; returns how many transactions it took.</summary>
    public static async Task<int> SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var count = 0;
        foreach (var batch in Transactions(actions, table.Name))
        {
            await table.SubmitTransactionAsync(batch, cancellationToken);
            count++;
        }

        return count;
    }

    private static long Size(ITableEntity entity, int bytesPerChar, int otherValue)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var properties = entity is TableEntity dynamic
            ? dynamic.Select(p => (p.Key, (object?)p.Value))
            : entity.GetType().GetProperties().Where(p => p.CanRead && p.GetIndexParameters().Length == 0).Select(p => (p.Name, p.GetValue(entity)));
        long bytes = (long)bytesPerChar * (entity.PartitionKey.Length + entity.RowKey.Length) + 64;
        foreach (var (name, value) in properties)
        {
            bytes += (long)bytesPerChar * name.Length + value switch
            {
                string text => (long)bytesPerChar * text.Length,
                byte[] binary => (binary.Length * 4L / 3) + 4,
                _ => otherValue,
            };
        }

        return bytes;
    }
}
