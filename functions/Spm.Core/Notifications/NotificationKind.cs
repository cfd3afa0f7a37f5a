namespace Spm.Core.Notifications;

/// <summary>What a ledger entry stands for.</summary>
public enum NotificationKind
{
    /// <summary>A deadline reminder to one unit: <c>{period}|{unit}|{occasion}</c>.</summary>
    Reminder,

    /// <summary>The coordinator's daily digest: <c>digest|{localDate}</c>.</summary>
    Digest,

    /// <summary>An upload's receipt: <c>receipt|{submissionId}|{outcome}</c>.</summary>
    Receipt,

    /// <summary>An integration event published once: <c>event|{type}|…</c>.</summary>
    Event,
}
