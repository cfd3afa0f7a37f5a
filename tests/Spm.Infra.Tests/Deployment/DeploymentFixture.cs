using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Spm.Infra.Tests.Deployment;

[assembly: AssemblyFixture(typeof(DeploymentFixture))]

namespace Spm.Infra.Tests.Deployment;

/// <summary>
/// infra/main.bicep built once to ARM JSON with the pinned Bicep CLI, and that template evaluated
/// offline (<c>bicep snapshot</c>) with three sets of parameters: the predicted resources with every
/// expression the CLI can resolve before deployment (copy loops, conditions, names, ids) resolved.
/// </summary>
public sealed class DeploymentFixture : IAsyncLifetime
{
    public const string SubscriptionId = "00000000-0000-0000-0000-00000000aaaa";
    public const string TenantId = "00000000-0000-0000-0000-00000000bbbb";
    public const string Location = "westeurope";
    public const string EnvironmentName = "spm-test";
    public const string PowerBiReadersGroupId = "33333333-3333-3333-3333-333333333333";
    public const string StatusReportReadersGroupId = "aaaaaaaa-0000-4000-8000-00000000000a";
    public const string DeployerId = "44444444-4444-4444-4444-444444444444";
    public const string SasIssuersGroupId = "55555555-5555-5555-5555-555555555555";
    public const string SendGridTestValue = "sendgrid-test-value-not-a-key";

    /// <summary>Agency codes to group object ids, as agencyUploadGroups gets them.</summary>
    public static IReadOnlyDictionary<string, string> AgencyGroups { get; } = new Dictionary<string, string>
    {
        ["mia"] = "11111111-1111-1111-1111-111111111111",
        ["akmola"] = "22222222-2222-2222-2222-222222222222",
        ["almaty-city"] = "66666666-6666-6666-6666-666666666666",
    };

    private DirectoryInfo? work;
    private JsonObject? template;
    private Snapshot? baseline;
    private Snapshot? withAccess;
    private Snapshot? keyFallbackPrivate;

    /// <summary>The ARM JSON of main.bicep, modules inlined as nested deployments.</summary>
    public JsonObject Template => template ?? throw NotReady();

    /// <summary>Only the required parameters: every optional access, fallback and network switch off.</summary>
    public Snapshot Baseline => baseline ?? throw NotReady();

    /// <summary>Agency upload groups, a Power BI readers group, a deployer and SAS issuers.</summary>
    public Snapshot WithAccess => withAccess ?? throw NotReady();

    /// <summary>The report account key fallback, private networking and a SendGrid key given.</summary>
    public Snapshot KeyFallbackPrivate => keyFallbackPrivate ?? throw NotReady();

    public IEnumerable<Snapshot> All => [Baseline, WithAccess, KeyFallbackPrivate];

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var bicep = await BicepCli.LocateAsync(cancellationToken);
        work = Directory.CreateTempSubdirectory("spm-infra-");
        var mainBicep = Path.Combine(BicepCli.RepositoryRoot.FullName, "infra", "main.bicep");
        var mainJson = Path.Combine(work.FullName, "main.json");

        await bicep.RunAsync(work.FullName, cancellationToken, "build", mainBicep, "--outfile", mainJson);
        template = JsonNode.Parse(await File.ReadAllTextAsync(mainJson, cancellationToken))!.AsObject();

        baseline = await SnapshotAsync(bicep, "baseline", string.Empty, cancellationToken);
        withAccess = await SnapshotAsync(bicep, "access", AccessParameters(), cancellationToken);
        keyFallbackPrivate = await SnapshotAsync(
            bicep,
            "fallback",
            $"""
            param reportAccountKeyFallback = true
            param privateNetworking = true
            param sendGridApiKey = '{SendGridTestValue}'
            """,
            cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        work?.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }

    private async Task<Snapshot> SnapshotAsync(
        BicepCli bicep,
        string name,
        string parameters,
        CancellationToken cancellationToken)
    {
        var parameterFile = Path.Combine(work!.FullName, name + ".bicepparam");
        var text = $"""
            using 'main.json'
            param environmentName = '{EnvironmentName}'
            param location = '{Location}'
            param emailFromAddress = 'monitoring@example.kz'
            {parameters}
            """;
        await File.WriteAllTextAsync(parameterFile, text, cancellationToken);
        await bicep.RunAsync(
            work.FullName,
            cancellationToken,
            "snapshot",
            parameterFile,
            "--subscription-id",
            SubscriptionId,
            "--tenant-id",
            TenantId,
            "--location",
            Location,
            "--mode",
            "overwrite");
        var snapshotFile = Path.Combine(work.FullName, name + ".snapshot.json");
        var root = JsonNode.Parse(await File.ReadAllTextAsync(snapshotFile, cancellationToken))!.AsObject();
        return new Snapshot(name, root);
    }

    private static string AccessParameters()
    {
        var text = new StringBuilder();
        text.AppendLine("param agencyUploadGroups = {");
        foreach (var (code, groupId) in AgencyGroups)
        {
            // Bicep wants keys unquoted unless they are not identifiers (almaty-city).
            var key = code.All(char.IsAsciiLetterOrDigit) ? code : $"'{code}'";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {key}: '{groupId}'");
        }

        text.AppendLine("}");
        text.AppendLine(CultureInfo.InvariantCulture, $"param powerBiReadersGroupId = '{PowerBiReadersGroupId}'");
        text.AppendLine(CultureInfo.InvariantCulture, $"param statusReportReadersGroupId = '{StatusReportReadersGroupId}'");
        text.AppendLine(CultureInfo.InvariantCulture, $"param principalId = '{DeployerId}'");
        text.AppendLine(CultureInfo.InvariantCulture, $"param sasIssuersGroupId = '{SasIssuersGroupId}'");
        return text.ToString();
    }

    private static InvalidOperationException NotReady() => new("The deployment fixture has not been initialised.");
}
