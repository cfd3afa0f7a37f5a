using System.Net.Mime;
using System.Text.Json;
using Azure.Messaging.ServiceBus;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spm.Core.Hosting;
using Spm.Core.Notifications.Events;
using Spm.Core.Submissions;
using Spm.Infrastructure.Events;
using Spm.Infrastructure.Hosting;
using Spm.Testing;
using static Spm.Testing.Uploads;

namespace Spm.Integration.Tests.Events;

public class ServiceBusEventPublisherTests
{
    private static readonly Uri Source = new("/spm/kz-cre-2018-2022", UriKind.Relative);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublishAsync_SendsAStructuredCloudEventWithDeterministicIdSubjectAndCorrelation()
    {
        var sender = new RecordingSender();
        var publisher = new ServiceBusEventPublisher(sender, Source);
        var submission = Upload("mia", "2019-H1", "2019-07-08T04:59:00Z", SubmissionOutcome.Accepted);
        var accepted = IntegrationEvents.ForSubmission(submission)!;

        await publisher.PublishAsync(accepted, Cancel);
        await publisher.PublishAsync(IntegrationEvents.ForSubmission(submission)!, Cancel);

        Assert.Equal(2, sender.Sent.Count);
        var message = sender.Sent[0];
        Assert.Equal($"submission.accepted:{submission.Id}", message.MessageId);
        Assert.Equal(message.MessageId, sender.Sent[1].MessageId);
        Assert.Equal($"mia/2019-H1/{submission.Id}", message.Subject);
        Assert.Equal(submission.Id, message.CorrelationId);
        Assert.StartsWith("application/cloudevents+json", message.ContentType, StringComparison.Ordinal);
        Assert.Equal("kz.spm.submission.accepted", message.ApplicationProperties["cloudEvents:type"]);
        Assert.Equal("1.0", message.ApplicationProperties["cloudEvents:specversion"]);

        var cloudEvent = Decode(message.Body.ToMemory(), message.ContentType);
        Assert.Equal(message.MessageId, cloudEvent.Id);
        Assert.Equal("kz.spm.submission.accepted", cloudEvent.Type);
        Assert.Equal(Source, cloudEvent.Source);
        Assert.Equal(message.Subject, cloudEvent.Subject);
        Assert.Equal(submission.FinishedUtc, cloudEvent.Time);
        var data = Assert.IsType<JsonElement>(cloudEvent.Data);
        Assert.Equal(submission.Id, data.GetProperty("submissionId").GetString());
        Assert.Equal("accepted", data.GetProperty("outcome").GetString());
        Assert.Equal(1, data.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public async Task PublishAsync_ReceivedAsAConsumerWould_DecodesToTheSameEvent()
    {
        var sender = new RecordingSender();
        var incident = IntegrationEvents.ForSubmission(Upload("akmola", "", "2019-07-08T04:59:00Z", SubmissionOutcome.Quarantined))!;

        await new ServiceBusEventPublisher(sender, Source).PublishAsync(incident, Cancel);
        var sent = sender.Sent[0];
        var received = ServiceBusModelFactory.ServiceBusReceivedMessage(
            body: sent.Body,
            messageId: sent.MessageId,
            subject: sent.Subject,
            correlationId: sent.CorrelationId,
            contentType: sent.ContentType,
            properties: sent.ApplicationProperties);

        var cloudEvent = Decode(received.Body.ToMemory(), received.ContentType);
        Assert.Equal("kz.spm.incident.classified", cloudEvent.Type);
        Assert.Equal(incident.Id, received.MessageId);
        var data = Assert.IsType<JsonElement>(cloudEvent.Data);
        Assert.Equal(12, data.GetProperty("sha256Prefix").GetString()!.Length);
        Assert.False(data.TryGetProperty("sha256", out _));
    }

    [Fact]
    public async Task Registration_NotConfigured_NoPublisherAndOneLineAtStart()
    {
        var logs = new RecordingLoggerProvider();
        await using var services = Services(logs, []);

        var publisher = services.GetRequiredService<IEventPublisher>();
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(Cancel);
        }

        await publisher.PublishAsync(IntegrationEvents.DeadlineMissed("2019-H1", "mia", new DateOnly(2019, 7, 10), Utc("2019-07-10T18:00:00Z"), false), Cancel);
        Assert.False(publisher.IsEnabled);
        Assert.IsType<NoEventPublisher>(publisher);
        Assert.Single(logs.Lines, l => l.Message.Contains("Integration events", StringComparison.Ordinal));
        Assert.Single(logs.Lines, l => l.Id.Id == 9301);
    }

    [Fact]
    public async Task Registration_ConnectionString_PublishesToTheTopic()
    {
        await using var services = Services(new RecordingLoggerProvider(), new()
        {
            ["Events:ConnectionString"] = "Endpoint=sb://localhost/;SharedAccessKeyName=test;SharedAccessKey=dGVzdA==",
            ["Events:Topic"] = "spm-events",
        });

        var publisher = services.GetRequiredService<IEventPublisher>();

        Assert.True(publisher.IsEnabled);
        Assert.IsType<ServiceBusEventPublisher>(publisher);
    }

    private static CloudEvent Decode(ReadOnlyMemory<byte> body, string contentType) =>
        new JsonEventFormatter().DecodeStructuredModeMessage(body, new ContentType(contentType), extensionAttributes: null);

    private static ServiceProvider Services(RecordingLoggerProvider logs, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddProvider(logs));
        services.AddSpmCore(configuration).AddSpmInfrastructure(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>The SDK's sender at its boundary: records what would go to the topic.</summary>
    private sealed class RecordingSender : ServiceBusSender
    {
        public List<ServiceBusMessage> Sent { get; } = [];

        public override Task SendMessageAsync(ServiceBusMessage message, CancellationToken cancellationToken = default)
        {
            Sent.Add(message);
            return Task.CompletedTask;
        }
    }
}
