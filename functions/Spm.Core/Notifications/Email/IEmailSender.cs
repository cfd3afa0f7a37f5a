namespace Spm.Core.Notifications.Email;

/// <summary>Sends one composed email (port: SendGrid in Azure, the outbox container locally).</summary>
public interface IEmailSender
{
    /// <summary>Sends the message once, retrying only what certainly did not go; reports the provider's answer rather than throwing for it.</summary>
    Task<EmailDelivery> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
