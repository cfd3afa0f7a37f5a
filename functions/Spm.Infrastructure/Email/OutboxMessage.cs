namespace Spm.Infrastructure.Email;

/// <summary>One outbox message opened: its entry, both bodies, and the raw <c>.eml</c> file (for a mail client).</summary>
public sealed record OutboxMessage(OutboxEntry Entry, string Text, string Html, byte[] Eml);
