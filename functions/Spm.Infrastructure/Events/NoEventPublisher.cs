using Spm.Core.Notifications.Events;

namespace Spm.Infrastructure.Events;

/// <summary>No broker configured: events go nowhere (the start-up log says so once).</summary>
internal sealed class NoEventPublisher : IEventPublisher
{
    public bool IsEnabled => false;

    public Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}
