using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Spm.Infra.Tests.Deployment;
using Spm.Infrastructure.Storage;

namespace Spm.Infra.Tests.Security;

/// <summary>Least privilege: who gets which built-in role on what.</summary>
public sealed partial class RoleAssignmentsTests(DeploymentFixture deployment)
{
    [Fact]
    public void AppIdentity_EveryScenario_HasExactlyTheIntendedRolesAtTheIntendedScopes()
    {
        foreach (var snapshot in deployment.All)
        {
            var expected = AppRoles(snapshot).Order().ToList();

            var actual = snapshot.RoleAssignments
                .Where(assignment => assignment.IsAppIdentity)
                .Select(assignment => $"{RoleName(assignment.RoleId)} on {assignment.Scope}")
                .Order()
                .ToList();

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void AppIdentity_EveryAssignment_IsAServicePrincipalWithoutCondition()
    {
        var assignments = deployment.Baseline.RoleAssignments.Where(assignment => assignment.IsAppIdentity).ToList();

        Assert.NotEmpty(assignments);
        Assert.All(assignments, assignment =>
        {
            Assert.Equal("ServicePrincipal", assignment.PrincipalType);
            Assert.Null(assignment.Condition);
        });
    }

    [Fact]
    public void Baseline_WithoutGroupsOrDeployer_GrantsNothingButTheAppIdentity()
    {
        var others = deployment.Baseline.RoleAssignments.Where(assignment => !assignment.IsAppIdentity);

        Assert.Empty(others);
        Assert.Empty(deployment.Baseline.OfType("Microsoft.Authorization/roleDefinitions"));
    }

    [Fact]
    public void PowerBiReaders_WithGroup_GetTableDataReaderOnTheReportAccountOnly()
    {
        var snapshot = deployment.WithAccess;

        var assignment = Assert.Single(snapshot.RoleAssignments, a => a.PrincipalId == DeploymentFixture.PowerBiReadersGroupId);

        Assert.Equal(BuiltInRoles.StorageTableDataReader, assignment.RoleId);
        Assert.Equal(snapshot.AccountId(StorageAccount.Report), assignment.Scope);
        Assert.Equal("Group", assignment.PrincipalType);
    }

    [Fact]
    public void StatusReportReaders_WithGroup_GetBlobDataReaderOnTheStatusReportsContainerOnly()
    {
        var snapshot = deployment.WithAccess;
        var container = StorageLayout.All.Single(resource => resource.Kind == StorageKind.Container && resource.Name == Containers.StatusReports);

        var assignment = Assert.Single(snapshot.RoleAssignments, a => a.PrincipalId == DeploymentFixture.StatusReportReadersGroupId);

        Assert.Equal(BuiltInRoles.StorageBlobDataReader, assignment.RoleId);
        Assert.Equal(snapshot.ResourceId(container), assignment.Scope);
        Assert.Equal("Group", assignment.PrincipalType);
        Assert.Null(assignment.Condition);
    }

    [Fact]
    public void Deployer_WithPrincipalId_GetsSecretsOfficerOnTheVaultOnly()
    {
        var snapshot = deployment.WithAccess;

        var assignment = Assert.Single(snapshot.RoleAssignments, a => a.PrincipalId == DeploymentFixture.DeployerId);

        Assert.Equal(BuiltInRoles.KeyVaultSecretsOfficer, assignment.RoleId);
        Assert.Equal(Snapshot.Text(snapshot.One("Microsoft.KeyVault/vaults"), "id"), assignment.Scope);
    }

    [Fact]
    public void RoleDefinitionIds_EveryAssignment_AreSubscriptionLevelIds()
    {
        foreach (var snapshot in deployment.All)
        {
            Assert.All(snapshot.RoleAssignments, assignment => Assert.Equal(
                $"/subscriptions/{DeploymentFixture.SubscriptionId}/providers/Microsoft.Authorization/roleDefinitions/{assignment.RoleId}",
                assignment.RoleDefinitionId));
        }
    }

    [Fact]
    public void RolesJson_EveryRole_IsTheBuiltInRoleOfThatName()
    {
        var path = Path.Combine(BicepCli.RepositoryRoot.FullName, "infra", "roles.json");
        var roles = JsonNode.Parse(File.ReadAllText(path))!.AsObject();

        Assert.NotEmpty(roles);
        Assert.All(roles, role =>
        {
            var id = role.Value!["id"]!.GetValue<string>();
            Assert.True(BuiltInRoles.Names.ContainsKey(id), $"{role.Key}: {id} is not a known built-in role");
            Assert.Equal(BuiltInRoles.Names[id], role.Value!["name"]!.GetValue<string>());
        });
    }

    [Fact]
    public void Names_EveryRoleAssignmentInTheTemplate_IsGuidOfScopePrincipalAndRole()
    {
        var assignments = TemplateWalker.Templates(deployment.Template)
            .SelectMany(TemplateWalker.Resources)
            .Where(resource => resource["type"]?.GetValue<string>() == Snapshot.RoleAssignmentType)
            .ToList();

        Assert.NotEmpty(assignments);
        Assert.All(assignments, assignment => Assert.Matches(GuidOfScopePrincipalAndRole(), assignment["name"]!.GetValue<string>()));
    }

    /// <summary>What the app needs, and nothing else: the roles by the scope they are granted on.</summary>
    private static IEnumerable<string> AppRoles(Snapshot snapshot)
    {
        var drop = snapshot.AccountId(StorageAccount.Drop);
        var host = snapshot.AccountId(StorageAccount.Host);
        var report = snapshot.AccountId(StorageAccount.Report);
        var vault = Snapshot.Text(snapshot.One("Microsoft.KeyVault/vaults"), "id");
        var topic = Snapshot.Text(snapshot.One("Microsoft.ServiceBus/namespaces/topics"), "id");
        var insights = Snapshot.Text(snapshot.One("Microsoft.Insights/components"), "id");

        foreach (var container in StorageLayout.All.Where(resource => resource.Kind == StorageKind.Container))
        {
            Assert.Equal(StorageAccount.Drop, container.Account);
            yield return $"{RoleName(BuiltInRoles.StorageBlobDataContributor)} on {snapshot.ResourceId(container)}";
        }

        // The blob trigger keeps its poison queue on the account it triggers on.
        yield return $"{RoleName(BuiltInRoles.StorageQueueDataContributor)} on {drop}";
        // AzureWebJobsStorage: the host's own containers, queues and tables, and the deployment package.
        yield return $"{RoleName(BuiltInRoles.StorageBlobDataOwner)} on {host}";
        yield return $"{RoleName(BuiltInRoles.StorageQueueDataContributor)} on {host}";
        yield return $"{RoleName(BuiltInRoles.StorageTableDataContributor)} on {host}";
        yield return $"{RoleName(BuiltInRoles.StorageTableDataContributor)} on {report}";
        yield return $"{RoleName(BuiltInRoles.KeyVaultSecretsUser)} on {vault}";
        yield return $"{RoleName(BuiltInRoles.ServiceBusDataSender)} on {topic}";
        yield return $"{RoleName(BuiltInRoles.MonitoringMetricsPublisher)} on {insights}";
    }

    private static string RoleName(string roleId) =>
        BuiltInRoles.Names.TryGetValue(roleId, out var name) ? name : roleId;

    // guid(<scope resource id>, <...>.principalId, <...>.roleDefinitionId), as the modules compile.
    [GeneratedRegex(@"^\[guid\(resourceId\('[^']+', .+\), [^,]+\.principalId, [^,]+\.roleDefinitionId\)\]$")]
    private static partial Regex GuidOfScopePrincipalAndRole();
}
