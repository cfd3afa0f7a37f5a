using System.Text.Json.Nodes;
using Spm.Infra.Tests.Deployment;
using Spm.Infrastructure.Storage;

namespace Spm.Infra.Tests.Security;

/// <summary>Flex Consumption, .NET isolated 10, one user-assigned identity for everything.</summary>
public sealed class FunctionAppTests(DeploymentFixture deployment)
{
    private const string IdentityResourceId = "'identity-{0}'";

    [Fact]
    public void Plan_Baseline_IsFlexConsumptionOnLinux()
    {
        var plan = deployment.Baseline.One("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", plan["sku"]!["name"]!.GetValue<string>());
        Assert.Equal("FlexConsumption", plan["sku"]!["tier"]!.GetValue<string>());
        Assert.True(plan["properties"]!["reserved"]!.GetValue<bool>());
    }

    [Fact]
    public void Site_Baseline_RunsDotnetIsolated10OnLinuxOverHttpsOnly()
    {
        var site = Site(deployment.Baseline);
        var properties = site["properties"]!;

        Assert.Equal("functionapp,linux", site["kind"]!.GetValue<string>());
        Assert.Equal("dotnet-isolated", properties["functionAppConfig"]!["runtime"]!["name"]!.GetValue<string>());
        Assert.Equal("10.0", properties["functionAppConfig"]!["runtime"]!["version"]!.GetValue<string>());
        Assert.True(properties["httpsOnly"]!.GetValue<bool>());
        Assert.Equal("1.2", properties["siteConfig"]!["minTlsVersion"]!.GetValue<string>());
        Assert.Equal("functions", site["tags"]!["azd-service-name"]!.GetValue<string>());
    }

    [Fact]
    public void Site_Baseline_RunsAsOnlyTheUserAssignedIdentity()
    {
        var site = Site(deployment.Baseline);

        var identity = site["identity"]!;
        Assert.Equal("UserAssigned", identity["type"]!.GetValue<string>());
        var assigned = Assert.Single(identity["userAssignedIdentities"]!.AsObject());
        Assert.Contains(IdentityResourceId, assigned.Key, StringComparison.Ordinal);
        Assert.EndsWith(".outputs.resourceId.value)]", assigned.Key, StringComparison.Ordinal);
        Assert.Contains(IdentityResourceId, site["properties"]!["keyVaultReferenceIdentity"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void DeploymentStorage_Baseline_IsAContainerOnTheHostAccountReachedWithTheIdentity()
    {
        var snapshot = deployment.Baseline;
        var storage = Site(snapshot)["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!;
        var container = Assert.Single(
            snapshot.StorageResources(),
            resource => resource.Kind == StorageKind.Container && resource.Name.StartsWith("app-package-", StringComparison.Ordinal));

        Assert.Equal(StorageAccount.Host, container.Account);
        Assert.Equal("blobContainer", storage["type"]!.GetValue<string>());
        Assert.Contains("'hostStorage-{0}'", storage["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith($".outputs.blobEndpoint.value, '{container.Name}')]", storage["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("UserAssignedIdentity", storage["authentication"]!["type"]!.GetValue<string>());
        Assert.Contains(IdentityResourceId, storage["authentication"]!["userAssignedIdentityResourceId"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void BasicPublishingCredentials_Baseline_AreOff()
    {
        var policies = deployment.Baseline.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        Assert.Equal(2, policies.Count);
        Assert.All(policies, policy => Assert.False(policy["properties"]!["allow"]!.GetValue<bool>()));
    }

    [Theory]
    [InlineData(Connections.Host)]
    [InlineData(Connections.Drop)]
    [InlineData(Connections.Report)]
    [InlineData("Events")]
    public void Connection_EveryScenario_UsesTheManagedIdentityByClientId(string connection)
    {
        foreach (var snapshot in deployment.All)
        {
            var settings = snapshot.AppSettings;

            Assert.Equal("managedidentity", settings[connection + "__credential"]);
            Assert.Contains(IdentityResourceId, settings[connection + "__clientId"], StringComparison.Ordinal);
            Assert.EndsWith(".outputs.clientId.value]", settings[connection + "__clientId"], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(StorageAccount.Host, "blob")]
    [InlineData(StorageAccount.Host, "queue")]
    [InlineData(StorageAccount.Host, "table")]
    [InlineData(StorageAccount.Drop, "blob")]
    [InlineData(StorageAccount.Drop, "queue")]
    [InlineData(StorageAccount.Report, "table")]
    public void ConnectionServiceUri_Baseline_IsTheEndpointOfItsOwnAccount(StorageAccount account, string service)
    {
        var setting = deployment.Baseline.AppSettings[$"{Connections.For(account)}__{service}ServiceUri"];

        Assert.Contains($"'{account.ToString().ToLowerInvariant()}Storage-{{0}}'", setting, StringComparison.Ordinal);
        Assert.EndsWith($".outputs.{service}Endpoint.value]", setting, StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_Baseline_SetNothingFlexConsumptionRejects()
    {
        var settings = deployment.Baseline.AppSettings;

        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", settings.Keys);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", settings.Keys);
        Assert.DoesNotContain("WEBSITE_RUN_FROM_PACKAGE", settings.Keys);
        Assert.DoesNotContain("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", settings.Keys);
    }

    private static JsonObject Site(Snapshot snapshot) => snapshot.One("Microsoft.Web/sites");
}
