using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spm.Core.Hosting;
using Spm.Core.Notifications;
using Spm.Core.Notifications.Contacts;
using Spm.Core.Notifications.Email;
using Spm.Core.Notifications.Receipts;
using Spm.Core.Notifications.Reminders;
using Spm.Infrastructure.Email;
using Spm.Infrastructure.Hosting;
using Spm.Infrastructure.Tables;
using Spm.Testing;

namespace Spm.Integration.Tests.Hosting;

public class NotificationRegistrationTests
{
    [Fact]
    public void Defaults_MailGoesToTheOutboxAndTheTablesHoldTheRest()
    {
        using var services = Build([], history: true);

        Assert.IsType<OutboxEmailSender>(services.GetRequiredService<IEmailSender>());
        Assert.IsType<TableNotificationLedger>(services.GetRequiredService<INotificationLedger>());
        Assert.IsType<TableContactDirectory>(services.GetRequiredService<IContactDirectory>());
        Assert.NotNull(services.GetRequiredService<ReminderService>());
        Assert.NotNull(services.GetRequiredService<ReceiptService>());
        Assert.NotNull(services.GetRequiredService<ContactsService>());
        Assert.NotNull(services.GetRequiredService<OutboxReader>());
    }

    [Fact]
    public void Composition_ReadsTheSubmissionHistoryFromTheSubmissionsStore()
    {
        using var services = Build([]);

        Assert.IsType<Spm.Core.Submissions.StoredSubmissionHistory>(services.GetRequiredService<ISubmissionHistory>());
        Assert.NotNull(services.GetRequiredService<ReminderService>());
    }

    [Fact]
    public void WithApiKey_MailGoesThroughSendGrid()
    {
        using var services = Build(new() { ["Email:SendGridApiKey"] = "SG.x", ["Email:FromAddress"] = "noreply@spm.example.kz" });

        Assert.IsType<SendGridEmailSender>(services.GetRequiredService<IEmailSender>());
    }

    [Theory]
    [InlineData("Reminders:DaysBefore", "14,x")]
    [InlineData("Reminders:SendHour", "24")]
    [InlineData("Notifications:MaxAttempts", "0")]
    [InlineData("Email:SendGridApiKey", "SG.without-a-sender")]
    [InlineData("Email:FromAddress", "Office <office@example.kz>")]
    [InlineData("Events:fullyQualifiedNamespace", "spm.servicebus.windows.net")]
    public void BadSettings_StopTheStart(string key, string value)
    {
        using var services = Build(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, bool history = false)
    {
        settings.TryAdd("AzureWebJobsStorage", "UseDevelopmentStorage=true");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        if (history)
        {
            services.AddSingleton<ISubmissionHistory, FakeSubmissionHistory>();
        }

        services.AddSpmCore(configuration).AddSpmInfrastructure(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
