using Spm.Infra.Tests.Deployment;
using Spm.Infrastructure.Storage;

namespace Spm.Infra.Tests.Platform;

/// <summary>Key Vault, Service Bus, Event Grid and monitoring as the system needs them.</summary>
public sealed class PlatformServicesTests(DeploymentFixture deployment)
{
    [Fact]
    public void KeyVault_Baseline_UsesRbacWithPurgeProtection()
    {
        var properties = deployment.Baseline.One("Microsoft.KeyVault/vaults")["properties"]!;

        Assert.True(properties["enableRbacAuthorization"]!.GetValue<bool>());
        Assert.True(properties["enablePurgeProtection"]!.GetValue<bool>());
        Assert.True(properties["enableSoftDelete"]!.GetValue<bool>());
        Assert.False(properties["enabledForTemplateDeployment"]!.GetValue<bool>());
    }

    [Fact]
    public void ServiceBus_Baseline_IsStandardEntraOnlyWithADeduplicatingTopicAndASubscription()
    {
        var snapshot = deployment.Baseline;
        var ns = snapshot.One("Microsoft.ServiceBus/namespaces");
        var topic = snapshot.One("Microsoft.ServiceBus/namespaces/topics");

        Assert.Equal("Standard", ns["sku"]!["name"]!.GetValue<string>());
        Assert.True(ns["properties"]!["disableLocalAuth"]!.GetValue<bool>());
        Assert.Equal("1.2", ns["properties"]!["minimumTlsVersion"]!.GetValue<string>());
        Assert.True(topic["properties"]!["requiresDuplicateDetection"]!.GetValue<bool>());
        Assert.StartsWith(Snapshot.Text(topic, "name") + "/", Snapshot.Text(snapshot.One("Microsoft.ServiceBus/namespaces/topics/subscriptions"), "name"), StringComparison.Ordinal);
    }

    [Fact]
    public void EventGrid_Baseline_IsASystemTopicOnTheDropAccount()
    {
        var topic = deployment.Baseline.One("Microsoft.EventGrid/systemTopics");

        Assert.Equal("Microsoft.Storage.StorageAccounts", topic["properties"]!["topicType"]!.GetValue<string>());
        Assert.Contains("'dropStorage-{0}'", topic["properties"]!["source"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(DeploymentFixture.Location, topic["location"]!.GetValue<string>());
    }

    [Fact]
    public void DiagnosticSettings_EveryScenario_OnEveryAccountAndTheVault()
    {
        foreach (var snapshot in deployment.All)
        {
            var scopes = snapshot.OfType("Microsoft.Insights/diagnosticSettings")
                .Select(setting => Snapshot.Text(setting, "id").Split("/providers/Microsoft.Insights/")[0])
                .ToHashSet(StringComparer.Ordinal);
            var required = Enum.GetValues<StorageAccount>()
                .Select(snapshot.AccountId)
                .Append(Snapshot.Text(snapshot.One("Microsoft.KeyVault/vaults"), "id"));

            Assert.All(required, scope => Assert.Contains(scope, scopes));
            Assert.All(snapshot.OfType("Microsoft.Insights/diagnosticSettings"), setting =>
                Assert.Contains("'monitoring-{0}'", setting["properties"]!["workspaceId"]!.GetValue<string>(), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void DiagnosticSettings_DropAccountBlobs_LogReadsWritesAndDeletes()
    {
        var snapshot = deployment.Baseline;
        var blobService = $"{snapshot.AccountId(StorageAccount.Drop)}/blobServices/default";

        var setting = snapshot.OfType("Microsoft.Insights/diagnosticSettings")
            .Single(s => Snapshot.Text(s, "id").StartsWith(blobService + "/providers/", StringComparison.Ordinal));

        var enabled = setting["properties"]!["logs"]!.AsArray()
            .Where(log => log!["enabled"]!.GetValue<bool>())
            .Select(log => log!["category"]!.GetValue<string>());
        Assert.Equal(["StorageRead", "StorageWrite", "StorageDelete"], enabled);
    }

    [Fact]
    public void Locations_EveryScenario_AreTheLocationParameterOrGlobal()
    {
        foreach (var snapshot in deployment.All)
        {
            var locations = snapshot.Resources
                .Where(resource => resource["location"] is not null)
                .Select(resource => resource["location"]!.GetValue<string>())
                .Distinct();

            Assert.All(locations, location => Assert.Contains(location, new[] { DeploymentFixture.Location, "global" }));
        }
    }

    [Fact]
    public void Tags_EveryTaggedResource_CarriesTheAzdEnvironmentName()
    {
        var tagged = deployment.Baseline.Resources.Where(resource => resource["tags"] is not null).ToList();

        Assert.NotEmpty(tagged);
        Assert.All(tagged, resource => Assert.Equal(DeploymentFixture.EnvironmentName, resource["tags"]!["azd-env-name"]!.GetValue<string>()));
    }
}
