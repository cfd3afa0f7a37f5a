namespace Spm.Core.Notifications.Email;

/// <summary>What the provider said about one message.</summary>
public enum EmailDeliveryStatus
{
    /// <summary>Accepted for delivery.</summary>
    Sent,

    /// <summary>Refused: it certainly did not go (a 4xx answer, or 429/5xx after every retry).</summary>
    Refused,

    /// <summary>No answer (a timeout or a broken connection after the request left): it may have gone.</summary>
    Unknown,
}
