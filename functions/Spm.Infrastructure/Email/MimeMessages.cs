using System.Security.Cryptography;
using System.Text;
using MimeKit;
using MimeKit.Text;
using Spm.Core.Notifications.Email;

namespace Spm.Infrastructure.Email;

/// <summary>A composed message as MIME: multipart/alternative (plain text, then HTML), UTF-8, the trace tags as <c>X-Spm-*</c> headers.</summary>
internal static class MimeMessages
{
    public const string KeyHeader = "X-Spm-Key";
    public const string CategoryHeader = "X-Spm-Category";
    public const string ArgumentHeaderPrefix = "X-Spm-Arg-";

    public static MimeMessage Create(EmailMessage message, EmailOptions options, DateTimeOffset date)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromName, options.EffectiveFromAddress));
        mime.To.AddRange(message.To.Select(a => MailboxAddress.Parse(a)));
        mime.Cc.AddRange(message.Cc.Select(a => MailboxAddress.Parse(a)));
        mime.Subject = message.Subject;
        mime.Date = date;

        // The same notification always has the same Message-ID: a mail client shows a resend as the same message.
        mime.MessageId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message.Key)))[..32] + "@spm.local";
        mime.Headers.Add(KeyHeader, message.Key);
        foreach (var category in message.Categories)
        {
            mime.Headers.Add(CategoryHeader, category);
        }

        foreach (var (name, value) in message.CustomArgs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            mime.Headers.Add(ArgumentHeaderPrefix + name, value);
        }

        var text = new TextPart(TextFormat.Plain);
        text.SetText(Encoding.UTF8, message.Text);
        var html = new TextPart(TextFormat.Html);
        html.SetText(Encoding.UTF8, message.Html);
        mime.Body = new MultipartAlternative { text, html };
        return mime;
    }
}
