using System.Text.Json.Nodes;
using Spm.Infra.Tests.Deployment;
using Spm.Infrastructure.Storage;

namespace Spm.Infra.Tests.Completeness;

/// <summary>
/// Every container, queue and table in <see cref="StorageLayout.All"/> is provisioned on its account:
/// a name added in code only fails here.
/// </summary>
public sealed class StorageLayoutTests(DeploymentFixture deployment)
{
    [Fact]
    public void LayoutJson_ComparedWithStorageLayout_HasTheSameNamesOnTheSameAccounts()
    {
        var path = Path.Combine(BicepCli.RepositoryRoot.FullName, "infra", "storage-layout.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();

        var listed = json
            .SelectMany(account => new[] { ("containers", StorageKind.Container), ("queues", StorageKind.Queue), ("tables", StorageKind.Table) }
                .SelectMany(kind => account.Value![kind.Item1]!.AsArray().Select(name => new StorageResource(
                    Enum.Parse<StorageAccount>(account.Key, ignoreCase: true),
                    kind.Item2,
                    name!.GetValue<string>()))))
            .ToList();

        Assert.Equal(StorageLayout.All.Order(ResourceOrder.Instance), listed.Order(ResourceOrder.Instance));
    }

    [Fact]
    public void Snapshot_EveryScenario_ProvisionsEveryStorageLayoutResourceOnItsAccount()
    {
        foreach (var snapshot in deployment.All)
        {
            var provisioned = snapshot.StorageResources();

            var missing = StorageLayout.All.Except(provisioned);

            Assert.Empty(missing);
        }
    }

    [Fact]
    public void Snapshot_Baseline_ProvisionsNothingElseButTheDeploymentPackageContainer()
    {
        var extra = deployment.Baseline.StorageResources().Except(StorageLayout.All);

        var container = Assert.Single(extra);
        Assert.Equal((StorageAccount.Host, StorageKind.Container), (container.Account, container.Kind));
        Assert.StartsWith("app-package-", container.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportAccount_EveryScenario_HoldsTheReportTablesAndNothingElse()
    {
        foreach (var snapshot in deployment.All)
        {
            var onReport = snapshot.StorageResources().Where(resource => resource.Account == StorageAccount.Report);

            Assert.Equal(
                StorageLayout.All.Where(resource => resource.Account == StorageAccount.Report).Order(ResourceOrder.Instance),
                onReport.Order(ResourceOrder.Instance));
            Assert.All(onReport, resource => Assert.Equal(StorageKind.Table, resource.Kind));
        }
    }

    private sealed class ResourceOrder : IComparer<StorageResource>
    {
        public static readonly ResourceOrder Instance = new();

        public int Compare(StorageResource? x, StorageResource? y) =>
            (x, y) switch
            {
                (null, null) => 0,
                (null, _) => -1,
                (_, null) => 1,
                _ => (x.Account, x.Kind, x.Name).CompareTo((y.Account, y.Kind, y.Name)),
            };
    }
}
