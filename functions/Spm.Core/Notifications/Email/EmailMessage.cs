namespace Spm.Core.Notifications.Email;

/// <summary>A composed email, ready for any sender: addresses, both bodies, and the tags that trace it back.</summary>
public sealed record EmailMessage
{
    /// <summary>The ledger key; also carried as a custom argument so the provider's activity log can be searched by it.</summary>
    public required string Key { get; init; }

    public required NotificationKind Kind { get; init; }

    /// <summary>The unit it is for or about.</summary>
    public required string Unit { get; init; }

    public required IReadOnlyList<string> To { get; init; }

    public IReadOnlyList<string> Cc { get; init; } = [];

    public required string Subject { get; init; }

    /// <summary>The plain-text body.</summary>
    public required string Text { get; init; }

    /// <summary>The HTML body; every value in it is escaped.</summary>
    public required string Html { get; init; }

    /// <summary>Provider categories (ASCII): <c>spm</c>, the kind, the occasion or outcome, the period.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Provider custom arguments (ASCII): key, kind, unit, period, occasion, submission.</summary>
    public IReadOnlyDictionary<string, string> CustomArgs { get; init; } = new Dictionary<string, string>();
}
