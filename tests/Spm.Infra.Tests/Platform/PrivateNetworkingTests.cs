using Spm.Infra.Tests.Deployment;
using Spm.Infrastructure.Storage;

namespace Spm.Infra.Tests.Platform;

/// <summary>The private network switch: off by default; on, the accounts and the vault are reached through private endpoints only.</summary>
public sealed class PrivateNetworkingTests(DeploymentFixture deployment)
{
    /// <summary>Module deployment and private-link group of every endpoint: each service the app reaches.</summary>
    private static readonly string[] ExpectedEndpoints =
    [
        "dropStorage:blob",
        "dropStorage:queue",
        "hostStorage:blob",
        "hostStorage:queue",
        "hostStorage:table",
        "keyVault:vault",
        "reportStorage:table",
    ];

    [Fact]
    public void Baseline_SwitchOff_EverythingPublicAndNoNetwork()
    {
        var snapshot = deployment.Baseline;

        Assert.All(Enum.GetValues<StorageAccount>(), account =>
            Assert.Equal("Enabled", snapshot.Account(account)["properties"]!["publicNetworkAccess"]!.GetValue<string>()));
        Assert.Empty(snapshot.OfType("Microsoft.Network/virtualNetworks"));
        Assert.Empty(snapshot.OfType("Microsoft.Network/privateEndpoints"));
        Assert.Null(snapshot.One("Microsoft.Web/sites")["properties"]!["virtualNetworkSubnetId"]);
    }

    [Fact]
    public void PrivateNetworking_SwitchOn_AccountsAndVaultArePrivate()
    {
        var snapshot = deployment.KeyFallbackPrivate;

        Assert.All(Enum.GetValues<StorageAccount>(), account =>
            Assert.Equal("Disabled", snapshot.Account(account)["properties"]!["publicNetworkAccess"]!.GetValue<string>()));
        Assert.Equal("Disabled", snapshot.One("Microsoft.KeyVault/vaults")["properties"]!["publicNetworkAccess"]!.GetValue<string>());
        Assert.Contains("'network-{0}'", snapshot.One("Microsoft.Web/sites")["properties"]!["virtualNetworkSubnetId"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void PrivateNetworking_SwitchOn_AnEndpointForEveryServiceTheAppReaches()
    {
        var snapshot = deployment.KeyFallbackPrivate;

        var endpoints = snapshot.OfType("Microsoft.Network/privateEndpoints")
            .Select(endpoint =>
            {
                var connection = endpoint["properties"]!["privateLinkServiceConnections"]![0]!["properties"]!;
                var target = connection["privateLinkServiceId"]!.GetValue<string>();
                var deploymentName = target[(target.IndexOf("format('", StringComparison.Ordinal) + 8)..target.IndexOf("-{0}'", StringComparison.Ordinal)];
                return $"{deploymentName}:{connection["groupIds"]![0]!.GetValue<string>()}";
            })
            .Order();

        Assert.Equal(ExpectedEndpoints, endpoints);
    }
}
