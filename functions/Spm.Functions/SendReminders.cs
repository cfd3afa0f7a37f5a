using Microsoft.Azure.Functions.Worker;
using Spm.Core.Notifications.Reminders;
using Spm.Infrastructure.Hosting;
using Spm.Infrastructure.Storage;

namespace Spm.Functions;

/// <summary>Sends the day's deadline reminders, escalations and the coordinator's digest (each at most once: the ledger).</summary>
public sealed class SendReminders(ReminderService reminders)
{
    [Function(FunctionNames.SendReminders)]
    public async Task RunAsync([TimerTrigger("%" + AppSettings.RemindersSchedule + "%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await reminders.RunAsync(dryRun: false, cancellationToken);
}
