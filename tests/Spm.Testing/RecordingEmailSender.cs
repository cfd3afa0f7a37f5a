using System.Collections.Concurrent;
using Spm.Core.Notifications.Email;

namespace Spm.Testing;

/// <summary>An email sender that records every message and answers as scripted (sent, by default).</summary>
public sealed class RecordingEmailSender : IEmailSender
{
    private readonly ConcurrentQueue<EmailMessage> sent = new();
    private readonly ConcurrentQueue<EmailDelivery> script = new();
    private int count;

    public IReadOnlyList<EmailMessage> Sent => [.. sent];

    /// <summary>Answers the next sends with these deliveries, then "sent" again.</summary>
    public RecordingEmailSender Answer(params IEnumerable<EmailDelivery> deliveries)
    {
        foreach (var delivery in deliveries)
        {
            script.Enqueue(delivery);
        }

        return this;
    }

    public async Task<EmailDelivery> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        // A real provider takes a moment; it lets concurrent runs interleave.
        await Task.Yield();
        sent.Enqueue(message);
        var n = Interlocked.Increment(ref count);
        return script.TryDequeue(out var scripted) ? scripted : EmailDelivery.Sent($"test-{n}");
    }
}
