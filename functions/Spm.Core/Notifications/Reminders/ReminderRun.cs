namespace Spm.Core.Notifications.Reminders;

/// <summary>What a reminder run planned and did: the plan, and each notification's outcome.</summary>
/// <param name="Plan">The plan for the run's instant.</param>
/// <param name="Deliveries">Reminders, then the digest, then nothing else; in a dry run, each <see cref="DeliveryOutcome.Planned"/>.</param>
/// <param name="MissingContacts">Units that were due a reminder and have no contact (the digest lists them).</param>
/// <param name="DryRun">Whether nothing was claimed or sent.</param>
public sealed record ReminderRun(ReminderPlan Plan, IReadOnlyList<DeliveryReport> Deliveries, IReadOnlyList<string> MissingContacts, bool DryRun);
