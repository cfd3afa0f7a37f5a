using System.ComponentModel.DataAnnotations;
using Spm.Core.Notifications.Contacts;

namespace Spm.Infrastructure.Email;

/// <summary>
/// How email leaves (section <c>Email</c>): through SendGrid when an API key is set (a Key Vault reference in
/// Azure, <c>Email__SendGridApiKey</c>), otherwise into the <c>outbox</c> container as <c>.eml</c> files.
/// The key is a secret: it is never logged, and nothing prints this object.
/// </summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string SectionName = "Email";

    /// <summary>The address mail comes from when none is set (outbox only; SendGrid needs a verified sender).</summary>
    public const string LocalFromAddress = "noreply@example.kz";

    public string? SendGridApiKey { get; set; }

    /// <summary>A verified sender in SendGrid; required with an API key.</summary>
    public string? FromAddress { get; set; }

    [Required]
    public string FromName { get; set; } = "Бағдарлама мониторингі / Мониторинг программы";

    /// <summary>SendGrid's sandbox: requests are validated and answered, nothing is delivered.</summary>
    public bool SandboxMode { get; set; }

    /// <summary>The SendGrid API's base address (a local listener in tests).</summary>
    [Required]
    public Uri SendGridHost { get; set; } = new("https://api.sendgrid.com");

    /// <summary>Retries of one send on 429 and 5xx (and on a connection that could not be opened).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first backoff delay; it doubles, with jitter, up to <see cref="MaxRetryDelaySeconds"/>.</summary>
    [Range(1, 60_000)]
    public int RetryBaseDelayMilliseconds { get; set; } = 1000;

    [Range(1, 300)]
    public int MaxRetryDelaySeconds { get; set; } = 30;

    /// <summary>A Retry-After longer than this is not waited for: the send is refused as retryable, and a later run tries again.</summary>
    [Range(1, 600)]
    public int MaxRetryAfterSeconds { get; set; } = 60;

    /// <summary>One request's timeout; a request that times out may have been delivered (recorded as unknown, never resent).</summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;

    public bool UsesSendGrid => !string.IsNullOrWhiteSpace(SendGridApiKey);

    public string EffectiveFromAddress => string.IsNullOrWhiteSpace(FromAddress) ? LocalFromAddress : FromAddress;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (UsesSendGrid && string.IsNullOrWhiteSpace(FromAddress))
        {
            yield return new ValidationResult($"{SectionName}:FromAddress is required with a SendGrid API key (a sender verified in SendGrid).", [nameof(FromAddress)]);
        }

        if (!string.IsNullOrWhiteSpace(FromAddress) && !EmailAddress.IsValid(FromAddress))
        {
            yield return new ValidationResult($"{SectionName}:FromAddress is not a plain address (local@domain).", [nameof(FromAddress)]);
        }
    }
}
