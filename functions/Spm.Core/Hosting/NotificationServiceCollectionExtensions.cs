using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Spm.Core.Notifications;
using Spm.Core.Notifications.Contacts;
using Spm.Core.Notifications.Email;
using Spm.Core.Notifications.Receipts;
using Spm.Core.Notifications.Reminders;

namespace Spm.Core.Hosting;

/// <summary>
/// Registers the notification use cases and their options (sections <c>Reminders</c> and <c>Notifications</c>,
/// validated on start). The ports (contacts, ledger, email, events) come from <c>AddSpmInfrastructure</c>;
/// <see cref="ISubmissionHistory"/> from whoever owns the submissions tables.
/// </summary>
public static class NotificationServiceCollectionExtensions
{
    public static IServiceCollection AddSpmNotifications(this IServiceCollection services)
    {
        services.AddLogging();
        services.AddOptions<ReminderPolicy>().BindConfiguration(ReminderPolicy.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<EmailComposer>();
        services.TryAddSingleton<NotificationDelivery>();
        services.TryAddSingleton<ReceiptService>();
        services.TryAddSingleton<ContactsService>();

        // A factory, so that a host without the submission history (the CLI's other commands) still builds; asking
        // for the service there says what is missing.
        services.TryAddSingleton(provider => provider.GetService<ISubmissionHistory>() is null
            ? throw new InvalidOperationException($"{nameof(ReminderService)} needs an {nameof(ISubmissionHistory)} (the submissions and findings tables); register one.")
            : ActivatorUtilities.CreateInstance<ReminderService>(provider));
        return services;
    }
}
