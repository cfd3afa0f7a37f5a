using System.Text.Json;
using Azure.Messaging.ServiceBus;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using Spm.Core.Notifications.Events;

namespace Spm.Infrastructure.Events;

/// <summary>
/// Publishes integration events to a Service Bus topic as CloudEvents 1.0 in structured mode (the body is the
/// event as JSON, <c>application/cloudevents+json</c>). The message id is the event's deterministic id, so the
/// topic's duplicate detection drops a repeat; Subject and CorrelationId are the event's; the CloudEvents
/// attributes are also application properties (<c>cloudEvents:type</c> …) for subscription filters.
/// </summary>
internal sealed class ServiceBusEventPublisher(ServiceBusSender sender, Uri source) : IEventPublisher
{
    public const string PropertyPrefix = "cloudEvents:";

    private static readonly JsonEventFormatter Formatter = new(
        new JsonSerializerOptions(JsonSerializerDefaults.Web),
        new JsonDocumentOptions());

    public bool IsEnabled => true;

    public async Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        await sender.SendMessageAsync(ToMessage(integrationEvent, source), cancellationToken);
    }

    /// <summary>The Service Bus message for an event.</summary>
    internal static ServiceBusMessage ToMessage(IntegrationEvent integrationEvent, Uri source)
    {
        var cloudEvent = new CloudEvent(CloudEventsSpecVersion.V1_0)
        {
            Id = integrationEvent.Id,
            Type = integrationEvent.TypeName,
            Source = source,
            Subject = integrationEvent.Subject,
            Time = integrationEvent.Time.ToUniversalTime(),
            DataContentType = "application/json",
            Data = integrationEvent.Data,
        };
        var body = Formatter.EncodeStructuredModeMessage(cloudEvent, out var contentType);
        var message = new ServiceBusMessage(body)
        {
            MessageId = integrationEvent.Id,
            Subject = integrationEvent.Subject,
            CorrelationId = integrationEvent.CorrelationId,
            ContentType = contentType.ToString(),
        };
        message.ApplicationProperties[PropertyPrefix + "specversion"] = "1.0";
        message.ApplicationProperties[PropertyPrefix + "type"] = integrationEvent.TypeName;
        message.ApplicationProperties[PropertyPrefix + "source"] = source.ToString();
        message.ApplicationProperties[PropertyPrefix + "id"] = integrationEvent.Id;
        return message;
    }
}
