using Spm.Infra.Tests.Deployment;
using Spm.Infrastructure.Storage;

namespace Spm.Infra.Tests.Security;

/// <summary>Each agency may create blobs in its own folder of drop, and nothing else.</summary>
public sealed class AgencyUploadTests(DeploymentFixture deployment)
{
    private const string WriteAction = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write";
    private const string AddAction = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action";

    [Fact]
    public void UploaderRole_WithAgencies_GrantsBlobWriteAndAddOnlyInTheResourceGroup()
    {
        var role = deployment.WithAccess.One("Microsoft.Authorization/roleDefinitions");
        var properties = role["properties"]!;

        var permission = Assert.Single(properties["permissions"]!.AsArray())!;
        Assert.Equal("CustomRole", properties["type"]!.GetValue<string>());
        Assert.Empty(permission["actions"]!.AsArray());
        Assert.Equal([WriteAction, AddAction], permission["dataActions"]!.AsArray().Select(action => action!.GetValue<string>()));
        Assert.Equal(
            [$"/subscriptions/{DeploymentFixture.SubscriptionId}/resourceGroups/rg-{DeploymentFixture.EnvironmentName}"],
            properties["assignableScopes"]!.AsArray().Select(scope => scope!.GetValue<string>()));
    }

    [Fact]
    public void Assignments_WithAgencies_OnePerAgencyOnDropWithItsFolderCondition()
    {
        var snapshot = deployment.WithAccess;
        var drop = snapshot.ResourceId(new StorageResource(StorageAccount.Drop, StorageKind.Container, Containers.Drop));
        var uploaderRole = Snapshot.Text(snapshot.One("Microsoft.Authorization/roleDefinitions"), "name");

        foreach (var (code, groupId) in DeploymentFixture.AgencyGroups)
        {
            var assignment = Assert.Single(snapshot.RoleAssignments, a => a.PrincipalId == groupId);

            Assert.Equal(drop, assignment.Scope);
            Assert.Equal(uploaderRole, assignment.RoleId);
            Assert.Equal("Group", assignment.PrincipalType);
            Assert.Equal("2.0", assignment.ConditionVersion);
            Assert.Equal(FolderCondition(Containers.Drop, code), assignment.Condition);
        }
    }

    [Fact]
    public void Assignments_EveryConditionedOne_IsOnDropAndNamesOneFolder()
    {
        var snapshot = deployment.WithAccess;
        var drop = snapshot.ResourceId(new StorageResource(StorageAccount.Drop, StorageKind.Container, Containers.Drop));

        var conditioned = snapshot.RoleAssignments.Where(assignment => assignment.Condition is not null).ToList();

        Assert.Equal(DeploymentFixture.AgencyGroups.Count, conditioned.Count);
        Assert.All(conditioned, assignment => Assert.Equal(drop, assignment.Scope));
    }

    [Fact]
    public void SasIssuers_WithGroup_GetDelegatorOnDropAccountAndUploadOnDrop()
    {
        var snapshot = deployment.WithAccess;
        var drop = snapshot.ResourceId(new StorageResource(StorageAccount.Drop, StorageKind.Container, Containers.Drop));
        var uploaderRole = Snapshot.Text(snapshot.One("Microsoft.Authorization/roleDefinitions"), "name");

        var assignments = snapshot.RoleAssignments
            .Where(assignment => assignment.PrincipalId == DeploymentFixture.SasIssuersGroupId)
            .Select(assignment => (assignment.RoleId, assignment.Scope))
            .Order()
            .ToList();

        Assert.Equal(
            new[] { (BuiltInRoles.StorageBlobDelegator, snapshot.AccountId(StorageAccount.Drop)), (uploaderRole, drop) }.Order(),
            assignments);
    }

    /// <summary>
    /// Azure ABAC, condition version 2.0: a blob write or append is allowed only in the container
    /// named and under the folder named; the role grants no other action.
    /// </summary>
    private static string FolderCondition(string container, string folder) =>
        $"((!(ActionMatches{{'{WriteAction}'}}) AND !(ActionMatches{{'{AddAction}'}})) OR " +
        $"(@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringEquals '{container}' AND " +
        $"@Resource[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:path] StringStartsWith '{folder}/'))";
}
