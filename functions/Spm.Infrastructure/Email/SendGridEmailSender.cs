using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using SendGrid;
using SendGrid.Helpers.Mail;
using Spm.Core.Notifications.Email;

namespace Spm.Infrastructure.Email;

/// <summary>
/// Sends through SendGrid's v3 mail/send with the SDK's client from dependency injection. Retries (Polly, around
/// the call) only answers that prove the message was not taken: 429 and 5xx, honouring Retry-After, and a
/// connection that could not be opened. A timeout or a connection lost after the request left is not retried: the
/// mail may have gone, and SendGrid has no idempotency key to make a second send safe.
/// </summary>
/// <remarks>
/// Why Polly around the call rather than a resilience handler on the HttpClient: the retry decision needs the
/// SDK's response (status and Retry-After) and must never cover the ambiguous cases, which a generic HTTP handler
/// would retry (the standard handler retries timeouts); and the SDK's own retry handler ignores 429.
/// </remarks>
internal sealed partial class SendGridEmailSender : IEmailSender
{
    private readonly ISendGridClient client;
    private readonly EmailOptions options;
    private readonly ILogger<SendGridEmailSender> logger;
    private readonly TimeProvider clock;
    private readonly ResiliencePipeline<Response> pipeline;

    public SendGridEmailSender(ISendGridClient client, EmailOptions options, ILogger<SendGridEmailSender> logger, TimeProvider? time = null)
    {
        this.client = client;
        this.options = options;
        this.logger = logger;
        clock = time ?? TimeProvider.System;
        pipeline = new ResiliencePipelineBuilder<Response> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<Response>
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(options.RetryBaseDelayMilliseconds),
                MaxDelay = TimeSpan.FromSeconds(options.MaxRetryDelaySeconds),
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && ShouldRetry(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                OnRetry = args =>
                {
                    LogRetry(args.AttemptNumber + 1, (int?)args.Outcome.Result?.StatusCode ?? 0, args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public async Task<EmailDelivery> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mail = Build(message);
        Response response;
        try
        {
            response = await pipeline.ExecuteAsync(async token => await client.SendEmailAsync(mail, token), cancellationToken);
        }
        catch (HttpRequestException e) when (NeverConnected(e))
        {
            return EmailDelivery.Refused($"SendGrid unreachable: {e.HttpRequestError}", retryable: true);
        }
        catch (HttpRequestException e)
        {
            return EmailDelivery.Unknown($"connection to SendGrid lost: {e.HttpRequestError}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return EmailDelivery.Unknown($"no answer from SendGrid within {options.TimeoutSeconds} s");
        }

        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            var id = response.Headers is not null && response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
            return EmailDelivery.Sent(id ?? (options.SandboxMode ? "sandbox" : $"sendgrid-{status}"));
        }

        var retryable = IsTransient(response.StatusCode);
        return EmailDelivery.Refused($"SendGrid answered {status}{(retryable ? " after retries" : "")}", retryable);
    }

    /// <summary>The SendGrid request for a composed message: text before HTML, categories, custom args, sandbox switch.</summary>
    internal SendGridMessage Build(EmailMessage message)
    {
        var mail = new SendGridMessage
        {
            From = new EmailAddress(options.EffectiveFromAddress, options.FromName),
            Subject = message.Subject,
            PlainTextContent = message.Text,
            HtmlContent = message.Html,
        };
        mail.AddTos([.. message.To.Select(a => new EmailAddress(a))]);
        if (message.Cc.Count > 0)
        {
            mail.AddCcs([.. message.Cc.Select(a => new EmailAddress(a))]);
        }

        if (message.Categories.Count > 0)
        {
            mail.AddCategories([.. message.Categories.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Take(10)]);
        }

        if (message.CustomArgs.Count > 0)
        {
            // Message-wide (top-level custom_args): the same for every recipient.
            mail.CustomArgs = message.CustomArgs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        }

        if (options.SandboxMode)
        {
            mail.SetSandBoxMode(true);
        }

        return mail;
    }

    private bool ShouldRetry(Outcome<Response> outcome) => outcome switch
    {
        { Result: { } response } => IsTransient(response.StatusCode) && !RetryAfterTooLong(response),
        { Exception: HttpRequestException e } => NeverConnected(e),
        _ => false,
    };

    private static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    // The request never left: the name did not resolve, or the connection was refused.
    private static bool NeverConnected(HttpRequestException e) =>
        e.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError;

    private bool RetryAfterTooLong(Response response) =>
        RetryAfter(response) is { } delay && delay > TimeSpan.FromSeconds(options.MaxRetryAfterSeconds);

    // Null: use the exponential backoff.
    private TimeSpan? RetryAfter(Response? response)
    {
        var header = response?.Headers?.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - clock.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    [LoggerMessage(EventId = 9201, Level = LogLevel.Warning, Message = "SendGrid answered {Status}; attempt {Attempt} in {DelayMilliseconds} ms")]
    private partial void LogRetry(int attempt, int status, double delayMilliseconds);
}
