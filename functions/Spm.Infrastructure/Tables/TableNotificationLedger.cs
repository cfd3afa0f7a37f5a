using Azure;
using Azure.Data.Tables;
using Spm.Core.Notifications;
using Spm.Infrastructure.Storage;

namespace Spm.Infrastructure.Tables;

/// <summary>
/// The sent-notification ledger in the <c>notifications</c> table (host account). A claim is an insert
/// (<c>AddEntity</c>): the table answers 409 to every claimant but one, whatever the number of runs or instances.
/// Every later change is a replace guarded by the ETag the claimant read.
/// </summary>
internal sealed class TableNotificationLedger(TableClient table) : INotificationLedger
{
    private readonly CreateOnce ready = new(() => table.CreateIfNotExistsAsync());

    public async Task<NotificationRecord?> TryClaimAsync(string key, NotificationKind kind, string unit, DateTimeOffset now, int maxAttempts, CancellationToken cancellationToken)
    {
        var (partition, row) = Split(key);
        await ready.EnsureAsync(cancellationToken);
        var entity = new NotificationEntity
        {
            PartitionKey = partition,
            RowKey = row,
            Key = key,
            Kind = kind.ToString().ToLowerInvariant(),
            Unit = unit,
            Status = Code(NotificationStatus.Claimed),
            Attempts = 1,
            ClaimedUtc = now.ToUniversalTime(),
            StatusUtc = now.ToUniversalTime(),
        };
        try
        {
            var added = await table.AddEntityAsync(entity, cancellationToken);
            entity.ETag = added.Headers.ETag ?? default;
            return ToRecord(entity);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await TryReclaimAsync(partition, row, now, maxAttempts, cancellationToken);
        }
    }

    public Task<NotificationRecord> MarkSentAsync(NotificationRecord claim, string providerMessageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync(claim, NotificationStatus.Sent, providerMessageId, "", retryable: false, now, cancellationToken);

    public Task<NotificationRecord> MarkFailedAsync(NotificationRecord claim, string reason, bool retryable, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync(claim, NotificationStatus.Failed, "", reason, retryable, now, cancellationToken);

    public Task<NotificationRecord> MarkUnknownAsync(NotificationRecord claim, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync(claim, NotificationStatus.Unknown, "", reason, retryable: false, now, cancellationToken);

    public async Task<NotificationRecord?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var (partition, row) = Split(key);
        await ready.EnsureAsync(cancellationToken);
        var found = await table.GetEntityIfExistsAsync<NotificationEntity>(partition, row, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? ToRecord(entity) : null;
    }

    public async Task<IReadOnlyList<NotificationRecord>> UnsentAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        await ready.EnsureAsync(cancellationToken);
        var sent = Code(NotificationStatus.Sent);
        var filter = TableClient.CreateQueryFilter($"ClaimedUtc ge {fromUtc.ToUniversalTime()} and ClaimedUtc lt {toUtc.ToUniversalTime()} and Status ne {sent}");
        var records = new List<NotificationRecord>();
        await foreach (var entity in table.QueryAsync<NotificationEntity>(filter, cancellationToken: cancellationToken))
        {
            records.Add(ToRecord(entity));
        }

        return records;
    }

    /// <summary>The partition and row key of a ledger key: the first <c>|</c>-separated segment, and the rest.</summary>
    internal static (string Partition, string Row) Split(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c)))
        {
            throw new ArgumentException($"A ledger key may not contain / \\ # ? or control characters: '{key}'.", nameof(key));
        }

        var bar = key.IndexOf('|', StringComparison.Ordinal);
        return bar <= 0 || bar == key.Length - 1 ? (key, "-") : (key[..bar], key[(bar + 1)..]);
    }

    // A claim that failed retryably may be claimed again; of several instances trying at once, the ETag lets one win.
    private async Task<NotificationRecord?> TryReclaimAsync(string partition, string row, DateTimeOffset now, int maxAttempts, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<NotificationEntity>(partition, row, cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is not { } existing
            || existing.Status != Code(NotificationStatus.Failed) || !existing.Retryable || existing.Attempts >= maxAttempts)
        {
            return null;
        }

        existing.Status = Code(NotificationStatus.Claimed);
        existing.Attempts++;
        existing.ClaimedUtc = now.ToUniversalTime();
        existing.StatusUtc = now.ToUniversalTime();
        existing.Error = "";
        existing.Retryable = false;
        try
        {
            var updated = await table.UpdateEntityAsync(existing, existing.ETag, TableUpdateMode.Replace, cancellationToken);
            existing.ETag = updated.Headers.ETag ?? default;
            return ToRecord(existing);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return null;
        }
    }

    private async Task<NotificationRecord> UpdateAsync(
        NotificationRecord claim, NotificationStatus status, string providerMessageId, string error, bool retryable, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var (partition, row) = Split(claim.Key);
        var entity = new NotificationEntity
        {
            PartitionKey = partition,
            RowKey = row,
            Key = claim.Key,
            Kind = claim.Kind.ToString().ToLowerInvariant(),
            Unit = claim.Unit,
            Status = Code(status),
            Attempts = claim.Attempts,
            ClaimedUtc = claim.ClaimedUtc.ToUniversalTime(),
            StatusUtc = now.ToUniversalTime(),
            ProviderMessageId = providerMessageId,
            Error = error,
            Retryable = retryable,
        };
        try
        {
            var updated = await table.UpdateEntityAsync(entity, new ETag(claim.Version), TableUpdateMode.Replace, cancellationToken);
            entity.ETag = updated.Headers.ETag ?? default;
            return ToRecord(entity);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            throw new InvalidOperationException($"Ledger entry {claim.Key} changed since it was claimed; its outcome was not recorded.", e);
        }
    }

    private static string Code(NotificationStatus status) => status.ToString().ToLowerInvariant();

    private static NotificationRecord ToRecord(NotificationEntity entity) => new()
    {
        Key = entity.Key,
        Kind = Enum.TryParse<NotificationKind>(entity.Kind, ignoreCase: true, out var kind) ? kind : NotificationKind.Reminder,
        Unit = entity.Unit,
        Status = Enum.TryParse<NotificationStatus>(entity.Status, ignoreCase: true, out var status) ? status : NotificationStatus.Claimed,
        Attempts = entity.Attempts,
        ClaimedUtc = entity.ClaimedUtc,
        StatusUtc = entity.StatusUtc,
        ProviderMessageId = entity.ProviderMessageId,
        Error = entity.Error,
        Retryable = entity.Retryable,
        Version = entity.ETag.ToString(),
    };
}
