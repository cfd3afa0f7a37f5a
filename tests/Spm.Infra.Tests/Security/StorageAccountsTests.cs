using System.Text.Json.Nodes;
using Spm.Infra.Tests.Deployment;
using Spm.Infrastructure.Storage;

namespace Spm.Infra.Tests.Security;

public sealed class StorageAccountsTests(DeploymentFixture deployment)
{
    [Fact]
    public void Accounts_EveryScenario_AreOnePerStorageAccountOfTheCode()
    {
        foreach (var snapshot in deployment.All)
        {
            var accounts = snapshot.OfType(Snapshot.StorageAccountType).ToList();

            Assert.Equal(Enum.GetValues<StorageAccount>().Length, accounts.Count);
            Assert.All(Enum.GetValues<StorageAccount>(), account => snapshot.Account(account));
        }
    }

    [Theory]
    [InlineData(StorageAccount.Drop)]
    [InlineData(StorageAccount.Host)]
    public void AllowSharedKeyAccess_DropAndHostAccounts_IsFalseInEveryScenario(StorageAccount account)
    {
        foreach (var snapshot in deployment.All)
        {
            var properties = Properties(snapshot, account);

            Assert.False(properties["allowSharedKeyAccess"]!.GetValue<bool>(), $"{snapshot.Name}: {account}");
        }
    }

    [Fact]
    public void AllowSharedKeyAccess_ReportAccountWithoutFallback_IsFalse()
    {
        foreach (var snapshot in new[] { deployment.Baseline, deployment.WithAccess })
        {
            var properties = Properties(snapshot, StorageAccount.Report);

            Assert.False(properties["allowSharedKeyAccess"]!.GetValue<bool>(), snapshot.Name);
        }
    }

    [Fact]
    public void AllowSharedKeyAccess_ReportAccountWithFallback_IsTrue()
    {
        var properties = Properties(deployment.KeyFallbackPrivate, StorageAccount.Report);

        Assert.True(properties["allowSharedKeyAccess"]!.GetValue<bool>());
    }

    [Fact]
    public void Properties_EveryAccount_RequireTls12HttpsAndEntraWithoutPublicBlobs()
    {
        foreach (var snapshot in deployment.All)
        {
            foreach (var account in Enum.GetValues<StorageAccount>())
            {
                var properties = Properties(snapshot, account);

                Assert.Equal(
                    (snapshot.Name, account, "TLS1_2", true, false, true, false, "AAD"),
                    (
                        snapshot.Name,
                        account,
                        properties["minimumTlsVersion"]!.GetValue<string>(),
                        properties["supportsHttpsTrafficOnly"]!.GetValue<bool>(),
                        properties["allowBlobPublicAccess"]!.GetValue<bool>(),
                        properties["defaultToOAuthAuthentication"]!.GetValue<bool>(),
                        properties["allowCrossTenantReplication"]!.GetValue<bool>(),
                        properties["allowedCopyScope"]!.GetValue<string>()));
            }
        }
    }

    [Fact]
    public void Containers_EveryScenario_HaveNoPublicAccess()
    {
        foreach (var snapshot in deployment.All)
        {
            var containers = snapshot.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").ToList();

            Assert.NotEmpty(containers);
            Assert.All(containers, container => Assert.Equal("None", container["properties"]!["publicAccess"]!.GetValue<string>()));
        }
    }

    private static JsonObject Properties(Snapshot snapshot, StorageAccount account) =>
        snapshot.Account(account)["properties"]!.AsObject();
}
