using System.Text.Json.Nodes;
using Spm.Infrastructure.Storage;

namespace Spm.Infra.Tests.Deployment;

/// <summary>
/// What <c>bicep snapshot</c> predicts a deployment creates: every resource of every nested
/// deployment with its resolved name, id and properties. Values known only during the deployment
/// (another deployment's outputs, <c>listKeys</c>) stay as ARM expressions.
/// </summary>
public sealed class Snapshot
{
    public const string StorageAccountType = "Microsoft.Storage/storageAccounts";
    public const string RoleAssignmentType = "Microsoft.Authorization/roleAssignments";

    public Snapshot(string name, JsonObject root)
    {
        ArgumentNullException.ThrowIfNull(root);
        Name = name;
        Resources = root["predictedResources"]!.AsArray().Select(resource => resource!.AsObject()).ToList();
        Outputs = root["outputs"]!.AsObject();
        RoleAssignments = OfType(RoleAssignmentType).Select(RoleAssignment.From).ToList();
    }

    public string Name { get; }

    public IReadOnlyList<JsonObject> Resources { get; }

    public JsonObject Outputs { get; }

    public IReadOnlyList<RoleAssignment> RoleAssignments { get; }

    /// <summary>The Functions app's settings (the appsettings config resource), names to values.</summary>
    public IReadOnlyDictionary<string, string> AppSettings =>
        One("Microsoft.Web/sites/config", name => name.EndsWith("/appsettings", StringComparison.Ordinal))["properties"]!
            .AsObject()
            .ToDictionary(setting => setting.Key, setting => setting.Value!.GetValue<string>(), StringComparer.Ordinal);

    public IEnumerable<JsonObject> OfType(string type) =>
        Resources.Where(resource => string.Equals(Text(resource, "type"), type, StringComparison.OrdinalIgnoreCase));

    public JsonObject One(string type, Func<string, bool> name)
    {
        var matches = OfType(type).Where(resource => name(Text(resource, "name"))).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"{Name}: {matches.Count} resources of type {type} match, not one.");
    }

    public JsonObject One(string type) => One(type, _ => true);

    /// <summary>The account's name: "st" + the account's role (drop, host, report) + the resource token.</summary>
    public string AccountName(StorageAccount account) => Text(Account(account), "name");

    public string AccountId(StorageAccount account) => Text(Account(account), "id");

    public JsonObject Account(StorageAccount account) =>
        One(StorageAccountType, name => name.StartsWith(AccountPrefix(account), StringComparison.Ordinal));

    /// <summary>The resource id of a container, queue or table.</summary>
    public string ResourceId(StorageResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var (service, type) = resource.Kind switch
        {
            StorageKind.Container => ("blobServices", "containers"),
            StorageKind.Queue => ("queueServices", "queues"),
            StorageKind.Table => ("tableServices", "tables"),
            _ => throw new ArgumentOutOfRangeException(nameof(resource), resource.Kind, null),
        };
        return $"{AccountId(resource.Account)}/{service}/default/{type}/{resource.Name}";
    }

    /// <summary>Storage child resources (containers, queues, tables) by account, kind and name.</summary>
    public IReadOnlyList<StorageResource> StorageResources()
    {
        var kinds = new Dictionary<string, StorageKind>(StringComparer.OrdinalIgnoreCase)
        {
            ["Microsoft.Storage/storageAccounts/blobServices/containers"] = StorageKind.Container,
            ["Microsoft.Storage/storageAccounts/queueServices/queues"] = StorageKind.Queue,
            ["Microsoft.Storage/storageAccounts/tableServices/tables"] = StorageKind.Table,
        };
        var accounts = Enum.GetValues<StorageAccount>().ToDictionary(AccountName, account => account, StringComparer.Ordinal);
        return Resources
            .Where(resource => kinds.ContainsKey(Text(resource, "type")))
            .Select(resource =>
            {
                var parts = Text(resource, "name").Split('/');
                return new StorageResource(accounts[parts[0]], kinds[Text(resource, "type")], parts[^1]);
            })
            .ToList();
    }

    public static string AccountPrefix(StorageAccount account) => "st" + account.ToString().ToLowerInvariant();

    public static string Text(JsonNode node, string property) =>
        node[property]?.GetValue<string>() ?? throw new InvalidOperationException($"No '{property}' in {node.ToJsonString()}");
}
