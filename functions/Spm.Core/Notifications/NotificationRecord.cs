namespace Spm.Core.Notifications;

/// <summary>One ledger entry: a notification claimed for sending, and what became of it.</summary>
public sealed record NotificationRecord
{
    /// <summary>The deterministic key, e.g. <c>2019-H1|mia|due-7</c>.</summary>
    public required string Key { get; init; }

    public required NotificationKind Kind { get; init; }

    /// <summary>The unit it is about (<c>coordinator</c> for the digest).</summary>
    public required string Unit { get; init; }

    public required NotificationStatus Status { get; init; }

    /// <summary>Claims so far (a failed, retryable entry is claimed again by a later run).</summary>
    public required int Attempts { get; init; }

    /// <summary>When it was (last) claimed.</summary>
    public required DateTimeOffset ClaimedUtc { get; init; }

    /// <summary>When the status last changed.</summary>
    public required DateTimeOffset StatusUtc { get; init; }

    /// <summary>The provider's message id once sent (SendGrid's <c>X-Message-Id</c>, or the outbox file name).</summary>
    public string ProviderMessageId { get; init; } = "";

    /// <summary>Why it failed, in English, without addresses; empty otherwise.</summary>
    public string Error { get; init; } = "";

    /// <summary>For a failed entry: whether sending it again is safe (the provider said it did not take it).</summary>
    public bool Retryable { get; init; }

    /// <summary>Opaque concurrency token: updates succeed only against the version they read.</summary>
    public required string Version { get; init; }
}
