using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SendGrid;
using Spm.Core.Hosting;
using Spm.Core.Notifications.Email;
using Spm.Infrastructure.Email;
using Spm.Infrastructure.Hosting;
using Spm.Testing;

namespace Spm.Integration.Tests.Email;

public class SendGridEmailSenderTests
{
    private const string ApiKey = "SG.test-key-that-must-never-be-logged";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_ThrottledWithRetryAfter_WaitsRetriesAndSendsOnce()
    {
        await using var stub = new SendGridStub().Then(HttpStatusCode.TooManyRequests, new Dictionary<string, string> { ["Retry-After"] = "1" });
        var logs = new RecordingLoggerProvider();
        await using var services = Services(stub, logs);
        var sender = services.GetRequiredService<IEmailSender>();
        var message = TestMessages.Reminder();

        var clock = Stopwatch.StartNew();
        var delivery = await sender.SendAsync(message, Cancel);

        Assert.IsType<SendGridEmailSender>(sender);
        Assert.Equal(EmailDeliveryStatus.Sent, delivery.Status);
        Assert.Equal("stub-1", delivery.ProviderMessageId);
        Assert.Equal(2, stub.Requests.Count);
        Assert.True(stub.Requests[1].ReceivedUtc - stub.Requests[0].ReceivedUtc >= TimeSpan.FromMilliseconds(900), "Retry-After: 1 was not honoured");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20));
        Assert.All(stub.Requests, r => Assert.Equal(("POST", "/v3/mail/send", "Bearer " + ApiKey), (r.Method, r.Path, r.Authorization)));
        Assert.Equal(stub.Requests[0].Body, stub.Requests[1].Body);
        Assert.DoesNotContain(logs.Lines, l => l.Message.Contains(ApiKey, StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Id.Id == 9201 && l.Message.Contains("429", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_RequestBody_CarriesBothLanguagesCategoriesAndCustomArgs()
    {
        await using var stub = new SendGridStub();
        await using var services = Services(stub, settings: new() { ["Email:SandboxMode"] = "true" });
        var message = TestMessages.Reminder();

        await services.GetRequiredService<IEmailSender>().SendAsync(message, Cancel);

        using var body = JsonDocument.Parse(Assert.Single(stub.Requests).Body);
        var root = body.RootElement;
        Assert.Equal("noreply@spm.example.kz", root.GetProperty("from").GetProperty("email").GetString());
        var personalization = root.GetProperty("personalizations")[0];
        Assert.Equal("mia@example.kz", personalization.GetProperty("to")[0].GetProperty("email").GetString());
        Assert.Equal("mia-copy@example.kz", personalization.GetProperty("cc")[0].GetProperty("email").GetString());
        Assert.Equal(message.Subject, root.GetProperty("subject").GetString());
        var content = root.GetProperty("content").EnumerateArray().ToList();
        Assert.Equal(["text/plain", "text/html"], content.Select(c => c.GetProperty("type").GetString()));
        Assert.All(content, c =>
        {
            Assert.Contains("Құрметті әріптестер!", c.GetProperty("value").GetString(), StringComparison.Ordinal);
            Assert.Contains("Уважаемые коллеги!", c.GetProperty("value").GetString(), StringComparison.Ordinal);
        });
        Assert.Equal(["spm", "reminder", "due-7", "2019-H1"], root.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        var args = root.GetProperty("custom_args");
        Assert.Equal("2019-H1|mia|due-7", args.GetProperty("key").GetString());
        Assert.Equal("2019-H1", args.GetProperty("period").GetString());
        Assert.Equal("due-7", args.GetProperty("occasion").GetString());
        Assert.True(root.GetProperty("mail_settings").GetProperty("sandbox_mode").GetProperty("enable").GetBoolean());
    }

    [Fact]
    public async Task SendAsync_BadRequest_IsRefusedWithoutRetry()
    {
        await using var stub = new SendGridStub().Then(HttpStatusCode.BadRequest);
        await using var services = Services(stub);

        var delivery = await services.GetRequiredService<IEmailSender>().SendAsync(TestMessages.Reminder(), Cancel);

        Assert.Equal(EmailDeliveryStatus.Refused, delivery.Status);
        Assert.False(delivery.Retryable);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task SendAsync_ServerErrorsEveryTime_GivesUpRetryably()
    {
        await using var stub = new SendGridStub().Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.InternalServerError).Then(HttpStatusCode.BadGateway);
        await using var services = Services(stub, settings: new() { ["Email:MaxRetries"] = "2" });

        var delivery = await services.GetRequiredService<IEmailSender>().SendAsync(TestMessages.Reminder(), Cancel);

        Assert.Equal(EmailDeliveryStatus.Refused, delivery.Status);
        Assert.True(delivery.Retryable);
        Assert.Equal(3, stub.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_RetryAfterLongerThanAllowed_LeavesItToALaterRun()
    {
        await using var stub = new SendGridStub().Then(HttpStatusCode.TooManyRequests, new Dictionary<string, string> { ["Retry-After"] = "3600" });
        await using var services = Services(stub);

        var delivery = await services.GetRequiredService<IEmailSender>().SendAsync(TestMessages.Reminder(), Cancel);

        Assert.Equal(EmailDeliveryStatus.Refused, delivery.Status);
        Assert.True(delivery.Retryable);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task SendAsync_NoAnswerInTime_IsUnknownAndNotRetried()
    {
        await using var stub = new SendGridStub().Then(HttpStatusCode.Accepted, delay: TimeSpan.FromSeconds(4));
        await using var services = Services(stub, settings: new() { ["Email:TimeoutSeconds"] = "1" });

        var delivery = await services.GetRequiredService<IEmailSender>().SendAsync(TestMessages.Reminder(), Cancel);

        Assert.Equal(EmailDeliveryStatus.Unknown, delivery.Status);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task SendAsync_NobodyListening_IsRefusedRetryably()
    {
        Uri host;
        await using (var closed = new SendGridStub())
        {
            host = closed.Host;
        }

        var options = new EmailOptions { SendGridApiKey = ApiKey, FromAddress = "noreply@spm.example.kz", SendGridHost = host, MaxRetries = 1, RetryBaseDelayMilliseconds = 1 };
        using var http = new HttpClient();
        var sender = new SendGridEmailSender(new SendGridClient(http, new SendGridClientOptions { ApiKey = ApiKey, Host = host.ToString().TrimEnd('/') }), options, NullLogger<SendGridEmailSender>.Instance);

        var delivery = await sender.SendAsync(TestMessages.Reminder(), Cancel);

        Assert.Equal(EmailDeliveryStatus.Refused, delivery.Status);
        Assert.True(delivery.Retryable);
    }

    private static ServiceProvider Services(SendGridStub stub, RecordingLoggerProvider? logs = null, Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Email:SendGridApiKey"] = ApiKey,
            ["Email:FromAddress"] = "noreply@spm.example.kz",
            ["Email:SendGridHost"] = stub.Host.ToString(),
            ["Email:RetryBaseDelayMilliseconds"] = "10",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddProvider(logs ?? new RecordingLoggerProvider()).SetMinimumLevel(LogLevel.Trace));
        services.AddSpmCore(configuration).AddSpmInfrastructure(configuration);
        return services.BuildServiceProvider();
    }
}
