using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Spm.Core.Catalog;
using Spm.Core.Notifications;
using Spm.Core.Notifications.Email;
using Spm.Core.Notifications.Receipts;
using Spm.Core.Notifications.Reminders;
using Spm.Testing;

namespace Spm.Core.Tests.Notifications;

/// <summary>The notification services over in-memory ports, on a fake clock.</summary>
internal sealed class NotificationRig
{
    public NotificationRig(string nowUtc, InMemoryContactDirectory? contacts = null, LoadedCatalog? catalog = null)
    {
        Catalog = catalog ?? TestCatalogs.Loaded;
        Clock = new FakeTimeProvider(Uploads.Utc(nowUtc));
        Contacts = contacts ?? InMemoryContactDirectory.ForEveryUnit(Catalog.Catalog);
    }

    public LoadedCatalog Catalog { get; }

    public FakeTimeProvider Clock { get; }

    public InMemoryContactDirectory Contacts { get; }

    public InMemoryNotificationLedger Ledger { get; init; } = new();

    public RecordingEmailSender Sender { get; init; } = new();

    public FakeSubmissionHistory History { get; } = new();

    public RecordingEventPublisher Events { get; } = new();

    public ReminderPolicy Policy { get; } = new();

    public NotificationOptions Options { get; } = new();

    public EmailComposer Composer => new(Catalog, Microsoft.Extensions.Options.Options.Create(Options));

    public NotificationDelivery Delivery => new(Ledger, Sender, Clock, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<NotificationDelivery>.Instance);

    public ReminderService Reminders() => new(
        Catalog, History, Contacts, Composer, Delivery, Ledger, Events, Clock,
        Microsoft.Extensions.Options.Options.Create(Policy), Microsoft.Extensions.Options.Options.Create(Options), NullLogger<ReminderService>.Instance);

    public ReceiptService Receipts() => new(Contacts, Composer, Delivery, NullLogger<ReceiptService>.Instance);
}
