using Spm.Core.Notifications;
using Spm.Core.Notifications.Contacts;
using Spm.Core.Notifications.Email;
using Spm.Core.Notifications.Events;
using Spm.Core.Submissions;
using Spm.Testing;
using static Spm.Testing.Uploads;

namespace Spm.Core.Tests.Notifications.Reminders;

public class ReminderServiceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_Twice_SendsEachEmailOnce()
    {
        var rig = new NotificationRig("2019-07-11T03:00:00Z");
        var service = rig.Reminders();

        var first = await service.RunAsync(dryRun: false, Cancel);
        rig.Clock.Advance(TimeSpan.FromHours(1));
        var second = await service.RunAsync(dryRun: false, Cancel);

        Assert.Equal(first.Plan.Reminders.Count + 1, rig.Sender.Sent.Count);
        Assert.All(first.Deliveries, d => Assert.Equal(DeliveryOutcome.Sent, d.Outcome));
        Assert.All(second.Deliveries, d => Assert.Equal(DeliveryOutcome.AlreadyHandled, d.Outcome));
        Assert.Equal(rig.Sender.Sent.Count, rig.Sender.Sent.Select(m => m.Key).Distinct().Count());
        Assert.Contains(rig.Sender.Sent, m => m.Key == "digest|2019-07-11" && m.To.SequenceEqual(["coordinator@example.kz"]));
    }

    [Fact]
    public async Task RunAsync_TwoInstancesAtOnce_SendEachEmailOnce()
    {
        var rig = new NotificationRig("2019-07-11T03:00:00Z");

        var runs = await Task.WhenAll(Task.Run(() => rig.Reminders().RunAsync(false, Cancel)), Task.Run(() => rig.Reminders().RunAsync(false, Cancel)));

        var planned = runs[0].Plan.Reminders.Count + 1;
        Assert.Equal(planned, rig.Sender.Sent.Count);
        Assert.Equal(planned, rig.Sender.Sent.Select(m => m.Key).Distinct().Count());
        Assert.Equal(planned, runs.Sum(r => r.Deliveries.Count(d => d.Outcome == DeliveryOutcome.Sent)));
    }

    [Fact]
    public async Task RunAsync_UnitWithoutContact_IsReportedToTheCoordinator()
    {
        var rig = new NotificationRig("2019-07-03T03:00:00Z", InMemoryContactDirectory.ForEveryUnit(TestCatalogs.Decree, except: "akmola"));

        var run = await rig.Reminders().RunAsync(false, Cancel);

        Assert.Equal(["akmola"], run.MissingContacts);
        Assert.Contains(run.Deliveries, d => d is { Unit: "akmola", Outcome: DeliveryOutcome.NoContact, Key: "2019-H1|akmola|due-7" });
        var digest = Assert.Single(rig.Sender.Sent, m => m.Kind == NotificationKind.Digest);
        Assert.Contains("Ақмола облысы (akmola)", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Нет адреса для писем", digest.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(rig.Ledger.Entries, e => e.Unit == "akmola");
    }

    [Fact]
    public async Task RunAsync_CoordinatorWithoutContact_ReportsTheDigestAsUndeliverable()
    {
        var rig = new NotificationRig("2019-07-11T03:00:00Z", Without(InMemoryContactDirectory.ForEveryUnit(TestCatalogs.Decree), Contact.CoordinatorUnit));

        var run = await rig.Reminders().RunAsync(false, Cancel);

        Assert.Contains(run.Deliveries, d => d is { Kind: NotificationKind.Digest, Outcome: DeliveryOutcome.NoContact });
        Assert.DoesNotContain(rig.Ledger.Entries, e => e.Kind == NotificationKind.Digest);
    }

    [Fact]
    public async Task RunAsync_DryRun_ClaimsAndSendsNothing()
    {
        var rig = new NotificationRig("2019-07-11T03:00:00Z");

        var run = await rig.Reminders().RunAsync(dryRun: true, Cancel);

        Assert.NotEmpty(run.Deliveries);
        Assert.All(run.Deliveries, d => Assert.Equal(DeliveryOutcome.Planned, d.Outcome));
        Assert.Empty(rig.Sender.Sent);
        Assert.Empty(rig.Ledger.Entries);
        Assert.Empty(rig.Events.Published);
    }

    [Fact]
    public async Task RunAsync_BeforeTheSendHour_SendsNothing()
    {
        var rig = new NotificationRig("2019-07-11T02:00:00Z");

        var run = await rig.Reminders().RunAsync(false, Cancel);

        Assert.True(run.Plan.BeforeSendHour);
        Assert.Empty(rig.Sender.Sent);
    }

    [Fact]
    public async Task RunAsync_ProviderThrottledEveryRetry_TheNextRunSendsIt()
    {
        var rig = new NotificationRig("2019-07-03T03:00:00Z");
        rig.Sender.Answer(EmailDelivery.Refused("SendGrid answered 429 after retries", retryable: true));
        var service = rig.Reminders();

        await service.RunAsync(false, Cancel);
        var refusedKey = rig.Sender.Sent[0].Key;
        rig.Clock.Advance(TimeSpan.FromHours(1));
        var second = await service.RunAsync(false, Cancel);
        var third = await service.RunAsync(false, Cancel);

        Assert.Equal(DeliveryOutcome.Sent, second.Deliveries.Single(d => d.Key == refusedKey).Outcome);
        Assert.Equal(2, rig.Sender.Sent.Count(m => m.Key == refusedKey));
        Assert.All(third.Deliveries, d => Assert.Equal(DeliveryOutcome.AlreadyHandled, d.Outcome));
    }

    [Fact]
    public async Task RunAsync_NoAnswerFromTheProvider_NeverResendsAndTellsTheCoordinatorNextDay()
    {
        var rig = new NotificationRig("2019-07-10T03:00:00Z");
        rig.Sender.Answer(EmailDelivery.Unknown("no answer from SendGrid within 30 s"));
        var service = rig.Reminders();

        await service.RunAsync(false, Cancel);
        var doubtful = rig.Sender.Sent[0].Key;
        await service.RunAsync(false, Cancel);
        rig.Clock.Advance(TimeSpan.FromDays(1));
        await service.RunAsync(false, Cancel);

        Assert.Equal(1, rig.Sender.Sent.Count(m => m.Key == doubtful));
        Assert.Equal(NotificationStatus.Unknown, rig.Ledger.Entries.Single(e => e.Key == doubtful).Status);
        var digest = rig.Sender.Sent.Single(m => m.Key == "digest|2019-07-11");
        Assert.Contains($"{doubtful} — не подтверждено", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RejectedUnit_HearsItsTopFindings()
    {
        var rig = new NotificationRig("2019-07-11T03:00:00Z");
        rig.History.Add(
            Upload("akmola", "2019-H1", "2019-07-09T06:00:00Z", SubmissionOutcome.Rejected),
            Error("E12", "E12 ұяшығы толтырылмаған", "Ячейка E12 не заполнена"));

        await rig.Reminders().RunAsync(false, Cancel);

        var reminder = rig.Sender.Sent.Single(m => m.Key == "2019-H1|akmola|overdue-1");
        Assert.Contains("Есеп!E12 — E12 ұяшығы толтырылмаған", reminder.Text, StringComparison.Ordinal);
        Assert.Contains("Есеп!E12 — Ячейка E12 не заполнена", reminder.Text, StringComparison.Ordinal);
        Assert.Contains("не принят", reminder.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OverdueUnits_PublishDeadlineMissedOncePerUnit()
    {
        var rig = new NotificationRig("2019-07-11T03:00:00Z");
        var service = rig.Reminders();

        var run = await service.RunAsync(false, Cancel);
        rig.Clock.Advance(TimeSpan.FromDays(2));
        await service.RunAsync(false, Cancel);

        var missed = rig.Events.Published.Where(e => e.Type == IntegrationEventType.DeadlineMissed).ToList();
        Assert.Equal(run.Plan.Periods[0].Late.Count, missed.Count);
        Assert.Contains(missed, e => e.Id == "deadline.missed:2019-H1:mia" && e.Subject == "mia/2019-H1" && e.CorrelationId == "2019-H1");
        Assert.Equal(Utc("2019-07-10T18:00:00Z"), missed[0].Time);
    }

    private static InMemoryContactDirectory Without(InMemoryContactDirectory directory, string unit)
    {
        var all = directory.AllAsync(CancellationToken.None).GetAwaiter().GetResult();
        return new InMemoryContactDirectory(all.Values.Where(c => c.Unit != unit));
    }
}
