using System.Globalization;
using Spm.Core.Notifications;

namespace Spm.Testing;

/// <summary>The ledger in memory, with the table's semantics: insert-if-absent claims, version-guarded updates.</summary>
public sealed class InMemoryNotificationLedger : INotificationLedger
{
    private readonly Dictionary<string, NotificationRecord> entries = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private int version;

    public IReadOnlyList<NotificationRecord> Entries
    {
        get
        {
            lock (gate)
            {
                return [.. entries.Values.OrderBy(e => e.Key, StringComparer.Ordinal)];
            }
        }
    }

    public Task<NotificationRecord?> TryClaimAsync(string key, NotificationKind kind, string unit, DateTimeOffset now, int maxAttempts, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (entries.TryGetValue(key, out var existing))
            {
                if (existing.Status != NotificationStatus.Failed || !existing.Retryable || existing.Attempts >= maxAttempts)
                {
                    return Task.FromResult<NotificationRecord?>(null);
                }

                var again = existing with { Status = NotificationStatus.Claimed, Attempts = existing.Attempts + 1, ClaimedUtc = now, StatusUtc = now, Error = "", Retryable = false, Version = Next() };
                entries[key] = again;
                return Task.FromResult<NotificationRecord?>(again);
            }

            var claim = new NotificationRecord
            {
                Key = key,
                Kind = kind,
                Unit = unit,
                Status = NotificationStatus.Claimed,
                Attempts = 1,
                ClaimedUtc = now,
                StatusUtc = now,
                Version = Next(),
            };
            entries[key] = claim;
            return Task.FromResult<NotificationRecord?>(claim);
        }
    }

    public Task<NotificationRecord> MarkSentAsync(NotificationRecord claim, string providerMessageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Update(claim, c => c with { Status = NotificationStatus.Sent, ProviderMessageId = providerMessageId, StatusUtc = now });

    public Task<NotificationRecord> MarkFailedAsync(NotificationRecord claim, string reason, bool retryable, DateTimeOffset now, CancellationToken cancellationToken) =>
        Update(claim, c => c with { Status = NotificationStatus.Failed, Error = reason, Retryable = retryable, StatusUtc = now });

    public Task<NotificationRecord> MarkUnknownAsync(NotificationRecord claim, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        Update(claim, c => c with { Status = NotificationStatus.Unknown, Error = reason, StatusUtc = now });

    public Task<NotificationRecord?> FindAsync(string key, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(entries.GetValueOrDefault(key));
        }
    }

    public Task<IReadOnlyList<NotificationRecord>> UnsentAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<NotificationRecord>>(
                [.. entries.Values.Where(e => e.Status != NotificationStatus.Sent && e.ClaimedUtc >= fromUtc && e.ClaimedUtc < toUtc)]);
        }
    }

    private Task<NotificationRecord> Update(NotificationRecord claim, Func<NotificationRecord, NotificationRecord> change)
    {
        lock (gate)
        {
            if (!entries.TryGetValue(claim.Key, out var current) || current.Version != claim.Version)
            {
                throw new InvalidOperationException($"Ledger entry {claim.Key} changed since it was claimed.");
            }

            var updated = change(current) with { Version = Next() };
            entries[claim.Key] = updated;
            return Task.FromResult(updated);
        }
    }

    private string Next() => (++version).ToString(CultureInfo.InvariantCulture);
}
