namespace Spm.Infrastructure.Storage;

/// <summary>
/// The storage accounts the system uses, by trust: what agencies upload and what the app keeps of it,
/// the Functions host's own state, and the tables Power BI reads. Locally all three are one Azurite.
/// </summary>
public enum StorageAccount
{
    /// <summary>Uploads and what is kept of them: <c>drop</c>, <c>archive</c>, <c>feedback</c> and the other containers.</summary>
    Drop,

    /// <summary><c>AzureWebJobsStorage</c>: the host's state, the pipeline's queues and the operational tables.</summary>
    Host,

    /// <summary>The status, dimension and submission tables that Power BI and other readers read; nothing else.</summary>
    Report,
}

/// <summary>What kind of storage resource a name is.</summary>
public enum StorageKind
{
    Container,
    Queue,
    Table,
}

/// <summary>One container, queue or table the code uses, and the account it lives on.</summary>
public sealed record StorageResource(StorageAccount Account, StorageKind Kind, string Name);

/// <summary>Names of the connections (app setting prefixes) that reach each account.</summary>
public static class Connections
{
    /// <summary>The drop/archive account: <c>DropStorage__blobServiceUri</c> in Azure.</summary>
    public const string Drop = "DropStorage";

    /// <summary>The Functions host account.</summary>
    public const string Host = "AzureWebJobsStorage";

    /// <summary>The report account: <c>ReportStorage__tableServiceUri</c> in Azure.</summary>
    public const string Report = "ReportStorage";

    public static string For(StorageAccount account) => account switch
    {
        StorageAccount.Drop => Drop,
        StorageAccount.Host => Host,
        StorageAccount.Report => Report,
        _ => throw new ArgumentOutOfRangeException(nameof(account), account, null),
    };
}

/// <summary>Blob containers, all on the drop account.</summary>
public static class Containers
{
    /// <summary>Where agencies upload: <c>{agency}/{anything}.xlsx</c>; the first folder is the agency.</summary>
    public const string Drop = "drop";

    /// <summary>Immutable originals: <c>{agency}/{period}/{submissionId}.xlsx</c>.</summary>
    public const string Archive = "archive";

    /// <summary>Feedback workbooks: <c>{agency}/{period}/{submissionId}.xlsx</c>.</summary>
    public const string Feedback = "feedback";

    /// <summary>Report templates per agency and period, for agencies to download.</summary>
    public const string Templates = "templates";

    /// <summary>Email that was not sent through SendGrid (no API key): one <c>.eml</c> file per message.</summary>
    public const string Outbox = "outbox";

    /// <summary>The self-contained HTML status report per period, written after each recompute.</summary>
    public const string StatusReports = "statusreports";

    /// <summary>The blob trigger's path pattern on <see cref="Drop"/>.</summary>
    public const string DropPattern = Drop + "/{name}";
}

/// <summary>Queues, on the host account; the runtime adds <c>-poison</c> queues.</summary>
public static class Queues
{
    /// <summary>Drop blobs to ingest that the blob trigger missed (the reconciler puts them here).</summary>
    public const string Ingest = "ingest";

    /// <summary>Archived submissions to validate.</summary>
    public const string Validate = "validate";

    public const string PoisonSuffix = "-poison";

    public const string IngestPoison = Ingest + PoisonSuffix;

    public const string ValidatePoison = Validate + PoisonSuffix;
}

/// <summary>Tables: lowercase letters and digits only (Power BI's connector needs it).</summary>
public static class Tables
{
    /// <summary>One row per upload.</summary>
    public const string Submissions = "submissions";

    /// <summary>One row per finding of a submission.</summary>
    public const string Findings = "findings";

    /// <summary>One row per reported row of an accepted submission.</summary>
    public const string ReportedValues = "reportedvalues";

    /// <summary>The current accepted submission per reporting unit and period.</summary>
    public const string CurrentReports = "currentreports";

    public const string IndicatorStatus = "indicatorstatus";
    public const string MeasureStatus = "measurestatus";
    public const string AgencyCompliance = "agencycompliance";
    public const string ProgramFinance = "programfinance";

    public const string Agencies = "agencies";
    public const string Regions = "regions";
    public const string Indicators = "indicators";
    public const string Measures = "measures";
    public const string MeasurePlans = "measureplans";
    public const string Periods = "periods";

    /// <summary>Email addresses per reporting unit and of the coordinator (host account: not for report readers).</summary>
    public const string Contacts = "contacts";

    /// <summary>The sent-notification ledger (host account).</summary>
    public const string Notifications = "notifications";
}

/// <summary>Every container, queue and table the code uses, with its account: what the deployment must provision.</summary>
public static class StorageLayout
{
    public static IReadOnlyList<StorageResource> All { get; } =
    [
        new(StorageAccount.Drop, StorageKind.Container, Containers.Drop),
        new(StorageAccount.Drop, StorageKind.Container, Containers.Archive),
        new(StorageAccount.Drop, StorageKind.Container, Containers.Feedback),
        new(StorageAccount.Drop, StorageKind.Container, Containers.Templates),
        new(StorageAccount.Drop, StorageKind.Container, Containers.Outbox),
        new(StorageAccount.Drop, StorageKind.Container, Containers.StatusReports),
        new(StorageAccount.Host, StorageKind.Queue, Queues.Ingest),
        new(StorageAccount.Host, StorageKind.Queue, Queues.Validate),
        new(StorageAccount.Host, StorageKind.Queue, Queues.IngestPoison),
        new(StorageAccount.Host, StorageKind.Queue, Queues.ValidatePoison),
        new(StorageAccount.Host, StorageKind.Table, Tables.Contacts),
        new(StorageAccount.Host, StorageKind.Table, Tables.Notifications),
        new(StorageAccount.Report, StorageKind.Table, Tables.Submissions),
        new(StorageAccount.Report, StorageKind.Table, Tables.Findings),
        new(StorageAccount.Report, StorageKind.Table, Tables.ReportedValues),
        new(StorageAccount.Report, StorageKind.Table, Tables.CurrentReports),
        new(StorageAccount.Report, StorageKind.Table, Tables.IndicatorStatus),
        new(StorageAccount.Report, StorageKind.Table, Tables.MeasureStatus),
        new(StorageAccount.Report, StorageKind.Table, Tables.AgencyCompliance),
        new(StorageAccount.Report, StorageKind.Table, Tables.ProgramFinance),
        new(StorageAccount.Report, StorageKind.Table, Tables.Agencies),
        new(StorageAccount.Report, StorageKind.Table, Tables.Regions),
        new(StorageAccount.Report, StorageKind.Table, Tables.Indicators),
        new(StorageAccount.Report, StorageKind.Table, Tables.Measures),
        new(StorageAccount.Report, StorageKind.Table, Tables.MeasurePlans),
        new(StorageAccount.Report, StorageKind.Table, Tables.Periods),
    ];
}
