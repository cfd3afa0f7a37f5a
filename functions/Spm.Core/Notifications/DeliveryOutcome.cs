namespace Spm.Core.Notifications;

/// <summary>What happened to one notification in a run.</summary>
public enum DeliveryOutcome
{
    /// <summary>Claimed and accepted by the provider.</summary>
    Sent,

    /// <summary>Already sent, or claimed by another run or instance: nothing done.</summary>
    AlreadyHandled,

    /// <summary>Claimed; the provider refused it (recorded; retried by a later run when retryable).</summary>
    Refused,

    /// <summary>Claimed; no answer from the provider: it may have gone (recorded, never resent by itself).</summary>
    Unknown,

    /// <summary>Not claimed: the unit has no contact (reported to the coordinator).</summary>
    NoContact,

    /// <summary>A dry run: composed, not claimed, not sent.</summary>
    Planned,
}
