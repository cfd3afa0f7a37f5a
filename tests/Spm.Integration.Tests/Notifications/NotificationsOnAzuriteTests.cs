using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Spm.Core.Notifications;
using Spm.Core.Notifications.Email;
using Spm.Core.Notifications.Events;
using Spm.Core.Notifications.Receipts;
using Spm.Core.Notifications.Reminders;
using Spm.Core.Submissions;
using Spm.Infrastructure.Email;
using Spm.Infrastructure.Tables;
using Spm.Integration.Tests.Azurite;
using Spm.Testing;
using static Spm.Testing.Uploads;

namespace Spm.Integration.Tests.Notifications;

/// <summary>The reminder and receipt services on the real adapters: table ledger and contacts, the outbox container.</summary>
public class NotificationsOnAzuriteTests(AzuriteFixture azurite)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reminders_RunTwiceAndByTwoInstancesAtOnce_EachEmailLandsOnce()
    {
        var host = new Host(azurite, "2019-07-11T03:00:00Z");
        await host.SeedContactsAsync();

        var concurrent = await Task.WhenAll(Task.Run(() => host.Reminders().RunAsync(false, Cancel)), Task.Run(() => host.Reminders().RunAsync(false, Cancel)));
        host.Clock.Advance(TimeSpan.FromHours(1));
        var later = await host.Reminders().RunAsync(false, Cancel);

        var planned = concurrent[0].Plan.Reminders.Count + 1;
        var outbox = await new OutboxReader(host.Outbox).ListAsync(null, Cancel);
        Assert.Equal(planned, outbox.Count);
        Assert.Equal(planned, outbox.Select(e => e.Name).Distinct().Count());
        Assert.All(later.Deliveries, d => Assert.Equal(DeliveryOutcome.AlreadyHandled, d.Outcome));
        Assert.Contains(outbox, e => e.Name.Contains("-digest-coordinator-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reminders_UnitWithoutContact_CoordinatorIsTold()
    {
        var host = new Host(azurite, "2019-07-03T03:00:00Z");
        await host.SeedContactsAsync(except: "astana");

        var run = await host.Reminders().RunAsync(false, Cancel);

        Assert.Equal(["astana"], run.MissingContacts);
        var reader = new OutboxReader(host.Outbox);
        var entries = await reader.ListAsync(null, Cancel);
        var digest = entries.Single(e => e.Name.Contains("-digest-", StringComparison.Ordinal));
        var opened = await reader.OpenAsync(digest.Number, Cancel);
        Assert.Contains("astana", opened!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(entries, e => e.To.Contains("astana@example.kz"));
    }

    [Fact]
    public async Task Receipts_EveryOutcome_OneEmlEachAndNoneQuotesAQuarantinedFile()
    {
        var host = new Host(azurite, "2019-07-08T05:00:00Z");
        await host.SeedContactsAsync();
        var receipts = host.Receipts();
        var outcomes = new[] { SubmissionOutcome.Accepted, SubmissionOutcome.Rejected, SubmissionOutcome.Duplicate, SubmissionOutcome.Failed, SubmissionOutcome.Quarantined };

        foreach (var outcome in outcomes)
        {
            var submission = Upload("mia", "2019-H1", "2019-07-08T04:00:00Z", outcome);
            await receipts.SendAsync(submission, [Error("C7", "ҚҰПИЯ ЖОЛ", "СЕКРЕТНАЯ СТРОКА")], Cancel);
            await receipts.SendAsync(submission, [], Cancel);
            host.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var reader = new OutboxReader(host.Outbox);
        var entries = await reader.ListAsync(null, Cancel);
        Assert.Equal(outcomes.Length, entries.Count);
        var quarantined = await reader.OpenAsync(entries.Count, Cancel);
        using var stream = new MemoryStream(quarantined!.Eml);
        var mime = await MimeMessage.LoadAsync(stream, Cancel);
        Assert.Contains("quarantined", mime.Headers["X-Spm-Key"], StringComparison.Ordinal);
        Assert.DoesNotContain("ҚҰПИЯ ЖОЛ", mime.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("СЕКРЕТНАЯ СТРОКА", mime.HtmlBody, StringComparison.Ordinal);
        var rejected = await reader.OpenAsync(2, Cancel);
        Assert.Contains("Есеп!C7 — СЕКРЕТНАЯ СТРОКА", rejected!.Text, StringComparison.Ordinal);
    }

    /// <summary>One host's worth of services over shared tables and container; each call to a factory is a fresh instance.</summary>
    private sealed class Host(AzuriteFixture azurite, string nowUtc)
    {
        private readonly string ledger = AzuriteFixture.UniqueName("notifications");
        private readonly string contacts = AzuriteFixture.UniqueName("contacts");

        public Azure.Storage.Blobs.BlobContainerClient Outbox { get; } = azurite.CreateBlobServiceClient().GetBlobContainerClient(AzuriteFixture.UniqueName("outbox"));

        public FakeTimeProvider Clock { get; } = new(Utc(nowUtc));

        public FakeSubmissionHistory History { get; } = new();

        public Task SeedContactsAsync(params string[] except) =>
            Contacts().ReplaceAllAsync([.. InMemoryContactDirectory.ForEveryUnit(TestCatalogs.Decree, except).AllAsync(CancellationToken.None).Result.Values], Cancel);

        public ReminderService Reminders()
        {
            var notifications = Options.Create(new NotificationOptions());
            var ledgerTable = new TableNotificationLedger(azurite.CreateTableServiceClient().GetTableClient(ledger));
            return new ReminderService(
                TestCatalogs.Loaded, History, Contacts(), Composer(), Delivery(ledgerTable), ledgerTable, new RecordingEventPublisher(), Clock,
                Options.Create(new ReminderPolicy()), notifications, NullLogger<ReminderService>.Instance);
        }

        public ReceiptService Receipts() =>
            new(Contacts(), Composer(), Delivery(new TableNotificationLedger(azurite.CreateTableServiceClient().GetTableClient(ledger))), NullLogger<ReceiptService>.Instance);

        private TableContactDirectory Contacts() => new(azurite.CreateTableServiceClient().GetTableClient(contacts), Clock);

        private static EmailComposer Composer() => new(TestCatalogs.Loaded, Options.Create(new NotificationOptions()));

        private NotificationDelivery Delivery(INotificationLedger table) =>
            new(table, new OutboxEmailSender(Outbox, new EmailOptions(), Clock), Clock, Options.Create(new NotificationOptions()), NullLogger<NotificationDelivery>.Instance);
    }
}
