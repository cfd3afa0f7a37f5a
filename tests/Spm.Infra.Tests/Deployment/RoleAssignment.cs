using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Spm.Infra.Tests.Deployment;

/// <summary>A predicted role assignment: who gets which role definition on what.</summary>
public sealed partial record RoleAssignment(
    string Scope,
    string PrincipalId,
    string? PrincipalType,
    string RoleDefinitionId,
    string? Condition,
    string? ConditionVersion)
{
    private const string AssignmentSegment = "/providers/Microsoft.Authorization/roleAssignments/";

    /// <summary>
    /// The Functions app's identity: its principal id is known only during the deployment, as the
    /// output of the identity module's deployment.
    /// </summary>
    public bool IsAppIdentity =>
        PrincipalId.Contains("'identity-{0}'", StringComparison.Ordinal) &&
        PrincipalId.EndsWith(".outputs.principalId.value]", StringComparison.Ordinal);

    /// <summary>The role definition's GUID (the last segment of its id).</summary>
    public string RoleId => RoleDefinitionId[(RoleDefinitionId.LastIndexOf('/') + 1)..];

    public static RoleAssignment From(JsonObject resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var id = Snapshot.Text(resource, "id");
        var properties = resource["properties"]!.AsObject();
        return new RoleAssignment(
            ScopeOf(id),
            Snapshot.Text(properties, "principalId"),
            properties["principalType"]?.GetValue<string>(),
            Snapshot.Text(properties, "roleDefinitionId"),
            properties["condition"]?.GetValue<string>(),
            properties["conditionVersion"]?.GetValue<string>());
    }

    /// <summary>
    /// The scope from the assignment's id: literal ("{scope}/providers/Microsoft.Authorization/...")
    /// or, when the name needs a deployment-time value, "[extensionResourceId('{scope}', ...)]".
    /// </summary>
    private static string ScopeOf(string id)
    {
        var expression = ExtensionResourceId().Match(id);
        if (expression.Success)
        {
            return expression.Groups["scope"].Value;
        }

        var index = id.IndexOf(AssignmentSegment, StringComparison.Ordinal);
        return index > 0 ? id[..index] : throw new InvalidOperationException($"No scope in role assignment id {id}");
    }

    [GeneratedRegex(@"^\[extensionResourceId\('(?<scope>[^']+)', 'Microsoft\.Authorization/roleAssignments'")]
    private static partial Regex ExtensionResourceId();
}
