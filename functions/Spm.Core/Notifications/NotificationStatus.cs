namespace Spm.Core.Notifications;

/// <summary>Where a ledger entry stands.</summary>
public enum NotificationStatus
{
    /// <summary>Claimed by a sender that has not reported back yet; after a while, in doubt (it may or may not have gone).</summary>
    Claimed,

    /// <summary>The provider accepted it (the provider's message id is recorded).</summary>
    Sent,

    /// <summary>The provider refused it: it did not go; <see cref="NotificationRecord.Retryable"/> says whether a later run may try again.</summary>
    Failed,

    /// <summary>The provider did not answer (a timeout, a dropped connection): it may or may not have gone, and is never sent again by itself.</summary>
    Unknown,
}
