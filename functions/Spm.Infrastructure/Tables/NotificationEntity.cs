using Azure;
using Azure.Data.Tables;

namespace Spm.Infrastructure.Tables;

/// <summary>
/// A row of the <c>notifications</c> ledger: the key's first segment is the partition (the period, <c>digest</c>,
/// <c>receipt</c>, <c>event</c>), the rest the row key. Every row writes every property; instants are UTC.
/// </summary>
internal sealed class NotificationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>The whole ledger key, as the services know it.</summary>
    public string Key { get; set; } = "";

    /// <summary><c>reminder</c>, <c>digest</c>, <c>receipt</c>, <c>event</c>.</summary>
    public string Kind { get; set; } = "";

    public string Unit { get; set; } = "";

    /// <summary><c>claimed</c>, <c>sent</c>, <c>failed</c>, <c>unknown</c>.</summary>
    public string Status { get; set; } = "";

    public int Attempts { get; set; }

    public DateTimeOffset ClaimedUtc { get; set; }

    public DateTimeOffset StatusUtc { get; set; }

    public string ProviderMessageId { get; set; } = "";

    public string Error { get; set; } = "";

    public bool Retryable { get; set; }
}
