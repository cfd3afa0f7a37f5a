using System.Collections.Concurrent;
using Spm.Core.Notifications.Events;

namespace Spm.Testing;

/// <summary>An enabled event publisher that records what it is given.</summary>
public sealed class RecordingEventPublisher : IEventPublisher
{
    private readonly ConcurrentQueue<IntegrationEvent> published = new();

    public IReadOnlyList<IntegrationEvent> Published => [.. published];

    public bool IsEnabled => true;

    public Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        published.Enqueue(integrationEvent);
        return Task.CompletedTask;
    }
}
