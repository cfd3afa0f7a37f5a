using Microsoft.Extensions.Options;
using Spm.Core.Notifications;
using Spm.Core.Notifications.Email;
using Spm.Core.Notifications.Reminders;
using Spm.Core.Reporting.Validation;
using Spm.Testing;

namespace Spm.Integration.Tests.Email;

/// <summary>Real composed messages for the sender tests: a reminder in both languages.</summary>
internal static class TestMessages
{
    public static EmailMessage Reminder(string unit = "mia", string now = "2019-07-03T03:00:00Z")
    {
        var plan = ReminderPlanner.Plan(new ReminderInputs(TestCatalogs.Decree, [], new Dictionary<string, IReadOnlyList<Finding>>(), []), Uploads.Utc(now), new ReminderPolicy());
        var composer = new EmailComposer(TestCatalogs.Loaded, Options.Create(new NotificationOptions()));
        return composer.Reminder(plan.Reminders.Single(r => r.Unit == unit), InMemoryContactDirectory.Sample(unit));
    }
}
