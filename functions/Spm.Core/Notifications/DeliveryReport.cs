namespace Spm.Core.Notifications;

/// <summary>One notification of a run, for the caller to print or log: who it was for and what became of it.</summary>
/// <param name="Key">The ledger key.</param>
/// <param name="Kind">Reminder, digest or receipt.</param>
/// <param name="Unit">The unit it is for or about.</param>
/// <param name="To">Primary recipients (empty without a contact). For printing by the CLI; never logged.</param>
/// <param name="Cc">Copy recipients.</param>
/// <param name="Subject">The subject line (empty without a contact).</param>
/// <param name="Outcome">What happened.</param>
/// <param name="ProviderMessageId">The provider's id when sent.</param>
/// <param name="Detail">Why not sent, or for a dry run whether the ledger already holds it.</param>
public sealed record DeliveryReport(
    string Key,
    NotificationKind Kind,
    string Unit,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Subject,
    DeliveryOutcome Outcome,
    string ProviderMessageId,
    string Detail);
