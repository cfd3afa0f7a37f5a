namespace Spm.Core.Notifications;

/// <summary>
/// The sent-notification ledger (port): a notification is claimed before it is sent, so that any number of runs,
/// retries and instances send it at most once; the outcome is recorded after.
/// </summary>
public interface INotificationLedger
{
    /// <summary>
    /// Claims <paramref name="key"/>: inserts it if absent; re-claims it if it failed retryably and has had fewer than
    /// <paramref name="maxAttempts"/> attempts. Null when someone else holds it, it was sent, or it may not be retried.
    /// </summary>
    Task<NotificationRecord?> TryClaimAsync(string key, NotificationKind kind, string unit, DateTimeOffset now, int maxAttempts, CancellationToken cancellationToken);

    /// <summary>Records that the provider accepted the claimed notification.</summary>
    Task<NotificationRecord> MarkSentAsync(NotificationRecord claim, string providerMessageId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records that the provider refused it; <paramref name="retryable"/> when a later attempt may succeed.</summary>
    Task<NotificationRecord> MarkFailedAsync(NotificationRecord claim, string reason, bool retryable, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records that it is unknown whether it went (no answer from the provider); it is not sent again by itself.</summary>
    Task<NotificationRecord> MarkUnknownAsync(NotificationRecord claim, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The entry under <paramref name="key"/>, or null.</summary>
    Task<NotificationRecord?> FindAsync(string key, CancellationToken cancellationToken);

    /// <summary>Entries claimed in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) that are not sent: failed, unknown, or still claimed.</summary>
    Task<IReadOnlyList<NotificationRecord>> UnsentAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken);
}
