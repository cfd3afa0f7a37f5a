using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spm.Core.Notifications.Email;

namespace Spm.Core.Notifications;

/// <summary>
/// Sends one composed message exactly once in effect: claim its key in the ledger (insert-if-absent), send, record
/// the outcome. The message is composed before the claim, so the only work between claim and send is the one
/// provider call; a process that dies there leaves the claim unsettled, and it is reported, never resent by itself.
/// </summary>
public sealed partial class NotificationDelivery(
    INotificationLedger ledger,
    IEmailSender sender,
    TimeProvider time,
    IOptions<NotificationOptions> options,
    ILogger<NotificationDelivery> logger)
{
    private readonly NotificationOptions settings = options.Value;

    public async Task<DeliveryReport> DeliverAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var claim = await ledger.TryClaimAsync(message.Key, message.Kind, message.Unit, time.GetUtcNow(), settings.MaxAttempts, cancellationToken);
        if (claim is null)
        {
            LogAlreadyHandled(message.Key);
            return Report(message, DeliveryOutcome.AlreadyHandled, "", "already sent or claimed");
        }

        var delivery = await sender.SendAsync(message, cancellationToken);

        // Once the provider has answered, the answer is recorded even if the run is being cancelled.
        switch (delivery.Status)
        {
            case EmailDeliveryStatus.Sent:
                await ledger.MarkSentAsync(claim, delivery.ProviderMessageId, time.GetUtcNow(), CancellationToken.None);
                LogSent(message.Key, message.Kind, message.Unit, delivery.ProviderMessageId);
                return Report(message, DeliveryOutcome.Sent, delivery.ProviderMessageId, "");
            case EmailDeliveryStatus.Refused:
                await ledger.MarkFailedAsync(claim, delivery.Reason, delivery.Retryable, time.GetUtcNow(), CancellationToken.None);
                LogRefused(message.Key, message.Unit, delivery.Retryable, delivery.Reason);
                return Report(message, DeliveryOutcome.Refused, "", delivery.Reason);
            default:
                await ledger.MarkUnknownAsync(claim, delivery.Reason, time.GetUtcNow(), CancellationToken.None);
                LogUnknown(message.Key, message.Unit, delivery.Reason);
                return Report(message, DeliveryOutcome.Unknown, "", delivery.Reason);
        }
    }

    /// <summary>A dry run: nothing claimed or sent; says whether the ledger already holds the key.</summary>
    public async Task<DeliveryReport> PreviewAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var existing = await ledger.FindAsync(message.Key, cancellationToken);
        var detail = existing is null ? "not sent yet" : $"ledger: {existing.Status.ToString().ToLowerInvariant()}";
        return Report(message, DeliveryOutcome.Planned, existing?.ProviderMessageId ?? "", detail);
    }

    /// <summary>The report for a notification that could not be composed for want of a contact.</summary>
    public static DeliveryReport NoContact(string key, NotificationKind kind, string unit) =>
        new(key, kind, unit, [], [], "", DeliveryOutcome.NoContact, "", "no contact");

    private static DeliveryReport Report(EmailMessage message, DeliveryOutcome outcome, string providerMessageId, string detail) =>
        new(message.Key, message.Kind, message.Unit, message.To, message.Cc, message.Subject, outcome, providerMessageId, detail);

    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Notification {Key} ({Kind}, unit {Unit}) sent: provider id {ProviderMessageId}")]
    private partial void LogSent(string key, NotificationKind kind, string unit, string providerMessageId);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Debug, Message = "Notification {Key} already sent or claimed; skipped")]
    private partial void LogAlreadyHandled(string key);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Warning, Message = "Notification {Key} (unit {Unit}) refused by the provider, retryable {Retryable}: {Reason}")]
    private partial void LogRefused(string key, string unit, bool retryable, string reason);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Error, Message = "Notification {Key} (unit {Unit}): no answer from the provider, it may have gone; not resent: {Reason}")]
    private partial void LogUnknown(string key, string unit, string reason);
}
