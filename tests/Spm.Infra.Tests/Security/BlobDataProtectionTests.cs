using Spm.Infra.Tests.Deployment;
using Spm.Infrastructure.Storage;

namespace Spm.Infra.Tests.Security;

/// <summary>Originals in archive cannot be altered; a classified upload in drop can be purged for real.</summary>
public sealed class BlobDataProtectionTests(DeploymentFixture deployment)
{
    private const string ImmutabilityPolicyType = "Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies";

    [Fact]
    public void ImmutabilityPolicies_EveryScenario_OnlyOnArchiveWithATimeBasedRetention()
    {
        foreach (var snapshot in deployment.All)
        {
            var policies = snapshot.OfType(ImmutabilityPolicyType).ToList();

            var policy = Assert.Single(policies);
            Assert.Equal(
                $"{snapshot.AccountName(StorageAccount.Drop)}/default/{Containers.Archive}/default",
                Snapshot.Text(policy, "name"));
            Assert.True(policy["properties"]!["immutabilityPeriodSinceCreationInDays"]!.GetValue<int>() > 0);
            Assert.False(policy["properties"]!["allowProtectedAppendWrites"]!.GetValue<bool>());
        }
    }

    [Fact]
    public void VersionLevelImmutability_EveryAccountAndContainer_IsNotEnabled()
    {
        foreach (var snapshot in deployment.All)
        {
            var accountsAndContainers = snapshot.OfType(Snapshot.StorageAccountType)
                .Concat(snapshot.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"));

            Assert.All(accountsAndContainers, resource =>
            {
                Assert.Null(resource["properties"]?["immutableStorageWithVersioning"]);
                Assert.Null(resource["properties"]?["immutabilityPolicy"]);
            });
        }
    }

    [Fact]
    public void DropAccount_BlobService_VersioningWithShortSoftDeleteAndPermanentDelete()
    {
        var blobService = deployment.Baseline.One(
            "Microsoft.Storage/storageAccounts/blobServices",
            name => name == $"{deployment.Baseline.AccountName(StorageAccount.Drop)}/default");
        var properties = blobService["properties"]!;

        Assert.True(properties["isVersioningEnabled"]!.GetValue<bool>());
        Assert.True(properties["deleteRetentionPolicy"]!["enabled"]!.GetValue<bool>());
        Assert.InRange(properties["deleteRetentionPolicy"]!["days"]!.GetValue<int>(), 1, 7);
        Assert.True(properties["deleteRetentionPolicy"]!["allowPermanentDelete"]!.GetValue<bool>());
    }

    [Fact]
    public void DropAccount_Lifecycle_DeletesPreviousVersionsOfDropBlobsOnly()
    {
        var policy = deployment.Baseline.One("Microsoft.Storage/storageAccounts/managementPolicies");

        var rule = Assert.Single(policy["properties"]!["policy"]!["rules"]!.AsArray())!;
        var prefixes = rule["definition"]!["filters"]!["prefixMatch"]!.AsArray().Select(prefix => prefix!.GetValue<string>());
        Assert.StartsWith(deployment.Baseline.AccountName(StorageAccount.Drop) + "/", Snapshot.Text(policy, "name"));
        Assert.Equal([Containers.Drop + "/"], prefixes);
        Assert.NotNull(rule["definition"]!["actions"]!["version"]!["delete"]);
        Assert.Null(rule["definition"]!["actions"]!["baseBlob"]);
    }
}
