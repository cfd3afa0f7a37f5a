using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendGrid;
using Spm.Core.Catalog;
using Spm.Core.Notifications;
using Spm.Core.Notifications.Contacts;
using Spm.Core.Notifications.Email;
using Spm.Core.Notifications.Events;
using Spm.Infrastructure.Email;
using Spm.Infrastructure.Events;
using Spm.Infrastructure.Storage;
using Spm.Infrastructure.Tables;
using StorageTables = Spm.Infrastructure.Storage.Tables;

namespace Spm.Infrastructure.Hosting;

/// <summary>
/// Registers the notification adapters: email (SendGrid with a key, the outbox without), the ledger and contacts
/// tables, and integration events (Service Bus when configured, nothing otherwise), with their options validated on start.
/// </summary>
public static class NotificationInfrastructureExtensions
{
    /// <summary>The named HttpClient that the SendGrid client sends through.</summary>
    public const string SendGridHttpClient = "SendGrid";

    public static IServiceCollection AddSpmNotificationAdapters(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EventsOptions>().BindConfiguration(EventsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // One long-lived client: the pooled connections are recycled so that DNS changes are seen.
        services.AddHttpClient(SendGridHttpClient, (provider, http) =>
                http.Timeout = TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<EmailOptions>>().Value.TimeoutSeconds))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.TryAddSingleton<ISendGridClient>(provider =>
        {
            var email = provider.GetRequiredService<IOptions<EmailOptions>>().Value;
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(SendGridHttpClient);
            return new SendGridClient(http, new SendGridClientOptions { ApiKey = email.SendGridApiKey, Host = email.SendGridHost.ToString().TrimEnd('/') });
        });
        services.TryAddSingleton<IEmailSender>(provider =>
        {
            var email = provider.GetRequiredService<IOptions<EmailOptions>>().Value;
            var time = provider.GetRequiredService<TimeProvider>();
            return email.UsesSendGrid
                ? new SendGridEmailSender(provider.GetRequiredService<ISendGridClient>(), email, provider.GetRequiredService<ILogger<SendGridEmailSender>>())
                : new OutboxEmailSender(provider.GetRequiredService<StorageClients>().Container(Containers.Outbox), email, time);
        });
        services.TryAddSingleton<INotificationLedger>(provider =>
            new TableNotificationLedger(provider.GetRequiredService<StorageClients>().Table(StorageTables.Notifications)));
        services.TryAddSingleton<IContactDirectory>(provider =>
            new TableContactDirectory(provider.GetRequiredService<StorageClients>().Table(StorageTables.Contacts), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new OutboxReader(provider.GetRequiredService<StorageClients>()));

        services.TryAddSingleton(provider => CreateServiceBusClient(provider.GetRequiredService<IOptions<EventsOptions>>().Value));
        services.TryAddSingleton<IEventPublisher>(provider =>
        {
            var events = provider.GetRequiredService<IOptions<EventsOptions>>().Value;
            if (!events.IsConfigured)
            {
                return new NoEventPublisher();
            }

            var source = string.IsNullOrWhiteSpace(events.Source)
                ? new Uri("/spm/" + provider.GetRequiredService<LoadedCatalog>().Catalog.Program.Code, UriKind.Relative)
                : new Uri(events.Source, UriKind.RelativeOrAbsolute);
            return new ServiceBusEventPublisher(provider.GetRequiredService<ServiceBusClient>().CreateSender(events.Topic), source);
        });
        services.AddHostedService<EventsStartupLog>();
        return services;
    }

    private static ServiceBusClient CreateServiceBusClient(EventsOptions events)
    {
        if (!string.IsNullOrWhiteSpace(events.ConnectionString))
        {
            return new ServiceBusClient(events.ConnectionString);
        }

        if (string.IsNullOrWhiteSpace(events.FullyQualifiedNamespace))
        {
            throw new InvalidOperationException($"Integration events are not configured: set {EventsOptions.SectionName}:fullyQualifiedNamespace or {EventsOptions.SectionName}:ConnectionString.");
        }

        var credential = string.Equals(events.Credential, "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? (Azure.Core.TokenCredential)new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(events.ClientId))
            : new DefaultAzureCredential();
        return new ServiceBusClient(events.FullyQualifiedNamespace, credential);
    }
}
