namespace Spm.Core.Notifications.Events;

/// <summary>Publishes integration events (port: a Service Bus topic when configured, nothing otherwise).</summary>
public interface IEventPublisher
{
    /// <summary>False when no broker is configured: publishing does nothing.</summary>
    bool IsEnabled { get; }

    Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken);
}
