namespace Spm.Core.Notifications.Email;

/// <summary>The outcome of sending one message.</summary>
/// <param name="Status">Sent, refused or unknown.</param>
/// <param name="ProviderMessageId">The provider's id when sent.</param>
/// <param name="Reason">Why not, in English, without addresses.</param>
/// <param name="Retryable">For a refusal: whether a later attempt may succeed (throttled, provider down) rather than never (bad request, bad key).</param>
public sealed record EmailDelivery(EmailDeliveryStatus Status, string ProviderMessageId, string Reason, bool Retryable)
{
    public static EmailDelivery Sent(string providerMessageId) => new(EmailDeliveryStatus.Sent, providerMessageId, "", false);

    public static EmailDelivery Refused(string reason, bool retryable) => new(EmailDeliveryStatus.Refused, "", reason, retryable);

    public static EmailDelivery Unknown(string reason) => new(EmailDeliveryStatus.Unknown, "", reason, false);
}
