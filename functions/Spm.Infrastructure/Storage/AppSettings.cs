namespace Spm.Infrastructure.Storage;

/// <summary>
/// The Functions app's settings in Azure, by name (environment variables: <c>__</c> separates sections).
/// The deployment must set every one in <see cref="Required"/>; others (limits, policies) have defaults.
/// </summary>
public static class AppSettings
{
    /// <summary>Timer schedules (NCRONTAB, six fields, UTC: timers on Linux run in UTC), as <c>%Name%</c> bindings.</summary>
    public const string RemindersSchedule = "RemindersSchedule";

    public const string ReconcileSchedule = "ReconcileSchedule";

    public const string StatusSchedule = "StatusSchedule";

    /// <summary>The SendGrid API key: a Key Vault reference in Azure, absent locally (mail goes to the outbox).</summary>
    public const string SendGridApiKey = "Email__SendGridApiKey";

    public const string EmailFromAddress = "Email__FromAddress";

    /// <summary>The Service Bus namespace for integration events; absent means no events.</summary>
    public const string EventsNamespace = "Events__fullyQualifiedNamespace";

    public const string EventsTopic = "Events__Topic";

    /// <summary>Settings every deployment sets: identity-based connections to the three accounts, schedules, email.</summary>
    public static IReadOnlyList<string> Required { get; } =
    [
        "AzureWebJobsStorage__blobServiceUri",
        "AzureWebJobsStorage__queueServiceUri",
        "AzureWebJobsStorage__tableServiceUri",
        "AzureWebJobsStorage__credential",
        "AzureWebJobsStorage__clientId",
        Connections.Drop + "__blobServiceUri",
        Connections.Drop + "__queueServiceUri",
        Connections.Drop + "__credential",
        Connections.Drop + "__clientId",
        Connections.Report + "__tableServiceUri",
        Connections.Report + "__credential",
        Connections.Report + "__clientId",
        RemindersSchedule,
        ReconcileSchedule,
        StatusSchedule,
        SendGridApiKey,
        EmailFromAddress,
        EventsNamespace,
        "Events__credential",
        "Events__clientId",
        EventsTopic,
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
    ];
}
