using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spm.Core.Catalog;
using Spm.Core.Notifications.Contacts;
using Spm.Core.Notifications.Email;
using Spm.Core.Notifications.Events;
using Spm.Core.Reporting.Validation;
using Spm.Core.Status;

namespace Spm.Core.Notifications.Reminders;

/// <summary>
/// The "send reminders" use case, for the timer and <c>spm reminders</c> alike: plan for the clock's now, resolve
/// contacts, then claim, send and record each reminder and the coordinator's digest. Running it twice, retrying it,
/// or running two instances at once sends nothing twice (<see cref="NotificationDelivery"/>). A unit without a
/// contact is listed in the digest; the coordinator without one is logged as an error.
/// </summary>
public sealed partial class ReminderService(
    LoadedCatalog catalog,
    ISubmissionHistory history,
    IContactDirectory contacts,
    EmailComposer composer,
    NotificationDelivery delivery,
    INotificationLedger ledger,
    IEventPublisher events,
    TimeProvider time,
    IOptions<ReminderPolicy> policy,
    IOptions<NotificationOptions> options,
    ILogger<ReminderService> logger)
{
    private readonly ReminderPolicy policy = policy.Value;
    private readonly NotificationOptions settings = options.Value;
    private readonly TimeZoneInfo zone = ReportingDeadlines.Zone(catalog.Catalog.Program.TimeZone);

    /// <summary>Plans for now and, unless <paramref name="dryRun"/>, sends what is due.</summary>
    public async Task<ReminderRun> RunAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(cancellationToken);
        if (plan.BeforeSendHour)
        {
            LogBeforeSendHour(plan.LocalDate, plan.SendFrom);
            return new ReminderRun(plan, [], [], dryRun);
        }

        var directory = await contacts.AllAsync(cancellationToken);
        var reports = new List<DeliveryReport>();
        var missing = new List<string>();
        foreach (var reminder in plan.Reminders)
        {
            if (!directory.TryGetValue(reminder.Unit, out var contact))
            {
                LogMissingContact(reminder.Unit, reminder.Key);
                missing.Add(reminder.Unit);
                reports.Add(NotificationDelivery.NoContact(reminder.Key, NotificationKind.Reminder, reminder.Unit));
                continue;
            }

            reports.Add(await SendAsync(composer.Reminder(reminder, contact), dryRun, cancellationToken));
        }

        if (plan.Digest is { } planned)
        {
            var window = ReminderPlanner.IncidentWindow(plan.LocalDate, zone, policy);
            var digest = planned with
            {
                MissingContacts = [.. missing.Distinct(StringComparer.Ordinal)],
                Unsent = await UnsentAsync(window, plan.Now, cancellationToken),
            };
            if (!digest.IsEmpty)
            {
                if (directory.TryGetValue(Contact.CoordinatorUnit, out var coordinator))
                {
                    reports.Add(await SendAsync(composer.Digest(digest, coordinator), dryRun, cancellationToken));
                }
                else
                {
                    LogCoordinatorMissing(digest.Key);
                    reports.Add(NotificationDelivery.NoContact(digest.Key, NotificationKind.Digest, Contact.CoordinatorUnit));
                }
            }
        }

        if (!dryRun && events.IsEnabled)
        {
            await PublishDeadlinesMissedAsync(plan, cancellationToken);
        }

        var sent = reports.Count(r => r.Outcome == DeliveryOutcome.Sent);
        LogRun(plan.LocalDate, dryRun, plan.Reminders.Count, sent, missing.Count);
        return new ReminderRun(plan, reports, missing, dryRun);
    }

    /// <summary>The plan for the clock's now, read from the submission history; sends nothing.</summary>
    public async Task<ReminderPlan> PlanAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = ReportingDeadlines.LocalDate(now, zone);
        var active = ReminderPlanner.ActivePeriods(catalog.Catalog, today, policy).Select(p => p.Code).ToList();
        var submissions = active.Count > 0 ? await history.ForPeriodsAsync(active, cancellationToken) : [];
        var findings = new Dictionary<string, IReadOnlyList<Finding>>(StringComparer.Ordinal);
        foreach (var id in ReminderPlanner.FindingsWanted(submissions))
        {
            findings[id] = await history.FindingsAsync(id, cancellationToken);
        }

        var window = ReminderPlanner.IncidentWindow(today, zone, policy);
        var recent = policy.Digest ? await history.UploadedBetweenAsync(window.FromUtc, window.ToUtc, cancellationToken) : [];
        return ReminderPlanner.Plan(new ReminderInputs(catalog.Catalog, submissions, findings, recent), now, policy);
    }

    private Task<DeliveryReport> SendAsync(EmailMessage message, bool dryRun, CancellationToken cancellationToken) =>
        dryRun ? delivery.PreviewAsync(message, cancellationToken) : delivery.DeliverAsync(message, cancellationToken);

    // Failed and unknown deliveries of the last day, and claims that stayed unsettled past the in-doubt delay.
    private async Task<IReadOnlyList<NotificationRecord>> UnsentAsync((DateTimeOffset FromUtc, DateTimeOffset ToUtc) window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var doubtful = now.AddMinutes(-settings.InDoubtAfterMinutes);
        var unsent = await ledger.UnsentAsync(window.FromUtc, window.ToUtc, cancellationToken);
        return [.. unsent
            .Where(n => n.Status != NotificationStatus.Claimed || n.ClaimedUtc < doubtful)
            .Where(n => n.Kind is NotificationKind.Reminder or NotificationKind.Receipt)
            .OrderBy(n => n.Key, StringComparer.Ordinal)];
    }

    // deadline.missed once per unit and period: the ledger claims the event like a message, so that a timer that fires
    // twice publishes once even outside the broker's duplicate-detection window.
    private async Task PublishDeadlinesMissedAsync(ReminderPlan plan, CancellationToken cancellationToken)
    {
        foreach (var period in plan.Periods)
        {
            foreach (var late in period.Late)
            {
                var key = $"event|deadline-missed|{period.Period.Code}|{late.Unit}";
                var claim = await ledger.TryClaimAsync(key, NotificationKind.Event, late.Unit, time.GetUtcNow(), settings.MaxAttempts, cancellationToken);
                if (claim is null)
                {
                    continue;
                }

                var overdueFrom = ReportingDeadlines.OverdueFrom(period.Period.Due, zone);
                var missed = IntegrationEvents.DeadlineMissed(period.Period.Code, late.Unit, period.Period.Due, overdueFrom, late.RejectedOnly);
                try
                {
                    await events.PublishAsync(missed, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The broker's failure must not stop the reminders; the next run publishes it again (same message id).
                    await ledger.MarkFailedAsync(claim, e.GetType().Name, retryable: true, time.GetUtcNow(), CancellationToken.None);
                    LogEventFailed(key, e);
                    continue;
                }

                await ledger.MarkSentAsync(claim, missed.Id, time.GetUtcNow(), CancellationToken.None);
            }
        }
    }

    [LoggerMessage(EventId = 9011, Level = LogLevel.Information, Message = "Reminders for {LocalDate}: before the send hour (from {SendFrom:O}); nothing planned")]
    private partial void LogBeforeSendHour(DateOnly localDate, DateTimeOffset sendFrom);

    [LoggerMessage(EventId = 9012, Level = LogLevel.Warning, Message = "Unit {Unit} has no contact; reminder {Key} not sent (listed in the coordinator's digest)")]
    private partial void LogMissingContact(string unit, string key);

    [LoggerMessage(EventId = 9013, Level = LogLevel.Error, Message = "The coordinator has no contact; digest {Key} not sent. Import contacts with a 'coordinator' row")]
    private partial void LogCoordinatorMissing(string key);

    [LoggerMessage(EventId = 9014, Level = LogLevel.Information, Message = "Reminders for {LocalDate} (dry run {DryRun}): {Planned} planned, {Sent} sent, {MissingContacts} without contact")]
    private partial void LogRun(DateOnly localDate, bool dryRun, int planned, int sent, int missingContacts);

    [LoggerMessage(EventId = 9015, Level = LogLevel.Warning, Message = "Event {Key} could not be published; the next run retries it")]
    private partial void LogEventFailed(string key, Exception exception);
}
