using Azure;
using Azure.Data.Tables;

namespace Spm.Infrastructure.Tables;

/// <summary>A row of the <c>contacts</c> table: one partition, the unit as row key; every row writes every property.</summary>
internal sealed class ContactEntity : ITableEntity
{
    public const string Partition = "contacts";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string To { get; set; } = "";

    /// <summary>Copy addresses separated by <c>;</c> (empty for none).</summary>
    public string Cc { get; set; } = "";

    /// <summary><c>kk</c>, <c>ru</c> or <c>both</c>.</summary>
    public string Language { get; set; } = "both";

    public DateTimeOffset UpdatedUtc { get; set; }
}
