namespace Spm.Infrastructure.Email;

/// <summary>One message in the outbox: its number (1 = oldest), file name, when it was written, and its headline.</summary>
public sealed record OutboxEntry(int Number, string Name, DateTimeOffset WrittenUtc, long SizeBytes, string Subject, IReadOnlyList<string> To);
