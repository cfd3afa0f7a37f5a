using Azure.Data.Tables;

namespace Spm.Infrastructure.Tables;

/// <summary>
/// Splits table writes into transactions Azure accepts: one partition, at most 100 operations and 4 MiB of payload
/// each. Azurite accepts more, so the limits are enforced here rather than discovered in production.
/// </summary>
internal static class TableBatches
{
    public const int MaxOperations = 100;

    public const long MaxBytes = 4 * 1024 * 1024;

    // Per operation: the multipart boundary, the request line and headers of a changeset part.
    private const long OperationOverheadBytes = 1024;

    /// <summary>The transactions for <paramref name="actions"/>, in order; throws when they span partitions.</summary>
    public static IEnumerable<IReadOnlyList<TableTransactionAction>> Chunk(IReadOnlyList<TableTransactionAction> actions, long maxBytes = MaxBytes, int maxOperations = MaxOperations)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Select(a => a.Entity.PartitionKey).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            throw new ArgumentException("A table transaction holds one partition only; group the actions by partition first.", nameof(actions));
        }

        var chunk = new List<TableTransactionAction>();
        long bytes = 0;
        foreach (var action in actions)
        {
            var size = EstimatedBytes(action.Entity);
            if (size > maxBytes)
            {
                throw new ArgumentException($"The entity {action.Entity.PartitionKey}/{action.Entity.RowKey} alone exceeds a transaction's {maxBytes} bytes.", nameof(actions));
            }

            if (chunk.Count == maxOperations || bytes + size > maxBytes)
            {
                yield return chunk;
                chunk = [];
                bytes = 0;
            }

            chunk.Add(action);
            bytes += size;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    /// <summary>An upper bound of an entity's size in a transaction: every string as UTF-8 JSON (escapes at most 6 bytes a char), other values 32 bytes.</summary>
    public static long EstimatedBytes(ITableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        long bytes = OperationOverheadBytes + (6L * (entity.PartitionKey.Length + entity.RowKey.Length));
        var values = entity is TableEntity dynamic
            ? dynamic.Select(p => (p.Key, (object?)p.Value))
            : entity.GetType().GetProperties().Where(p => p.CanRead && p.GetIndexParameters().Length == 0).Select(p => (p.Name, p.GetValue(entity)));
        foreach (var (name, value) in values)
        {
            bytes += 64 + name.Length;
            bytes += value switch
            {
                string text => 6L * text.Length,
                byte[] binary => (binary.Length * 4L / 3) + 4,
                _ => 32,
            };
        }

        return bytes;
    }
}
