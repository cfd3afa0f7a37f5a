using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Spm.Infrastructure.Events;

/// <summary>One line at start: where integration events go, or that they are off.</summary>
internal sealed partial class EventsStartupLog(IOptions<EventsOptions> options, ILogger<EventsStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var events = options.Value;
        if (!events.IsConfigured)
        {
            LogOff();
        }
        else
        {
            LogOn(events.Topic ?? "", string.IsNullOrWhiteSpace(events.FullyQualifiedNamespace) ? "a connection string" : events.FullyQualifiedNamespace);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 9301, Level = LogLevel.Information, Message = "Integration events are off: no Events:fullyQualifiedNamespace or Events:ConnectionString is set")]
    private partial void LogOff();

    [LoggerMessage(EventId = 9302, Level = LogLevel.Information, Message = "Integration events go to topic {Topic} on {Namespace}")]
    private partial void LogOn(string topic, string @namespace);
}
