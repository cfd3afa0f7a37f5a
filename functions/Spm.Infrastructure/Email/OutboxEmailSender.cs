using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MimeKit;
using Spm.Core.Notifications.Email;
using Spm.Infrastructure.Storage;

namespace Spm.Infrastructure.Email;

/// <summary>
/// The local sender (no SendGrid key): each message becomes an <c>.eml</c> file in the <c>outbox</c> container,
/// named <c>{UTC time}-{kind}-{unit}-{key hash}.eml</c> so that names sort by time; any mail client opens them.
/// </summary>
internal sealed class OutboxEmailSender(BlobContainerClient outbox, EmailOptions options, TimeProvider time) : IEmailSender
{
    private readonly CreateOnce created = new(() => outbox.CreateIfNotExistsAsync());

    public async Task<EmailDelivery> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await created.EnsureAsync(cancellationToken);
        var now = time.GetUtcNow();
        var name = FileName(message, now);
        using var content = new MemoryStream();
        await MimeMessages.Create(message, options, now).WriteToAsync(FormatOptions.Default, content, cancellationToken);
        content.Position = 0;
        await outbox.GetBlobClient(name).UploadAsync(
            content,
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "message/rfc822" } },
            cancellationToken);
        return EmailDelivery.Sent(name);
    }

    /// <summary>The outbox name of a message sent at <paramref name="sentUtc"/>.</summary>
    internal static string FileName(EmailMessage message, DateTimeOffset sentUtc)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message.Key)))[..8];
        var unit = new string([.. message.Unit.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_')]);
        var stamp = sentUtc.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'.'fff'Z'", CultureInfo.InvariantCulture);
        return $"{stamp}-{message.Kind.ToString().ToLowerInvariant()}-{unit}-{hash}.eml";
    }
}
