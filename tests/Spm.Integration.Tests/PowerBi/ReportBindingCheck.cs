using System.Text.Json;

namespace Spm.Integration.Tests.PowerBi;

/// <summary>Whether every field a report's visuals bind (PBIR <c>visual.json</c>) is a column or measure of the model.</summary>
internal static class ReportBindingCheck
{
    /// <summary>The fields of every visual under <paramref name="definitionFolder"/>: (visual file, kind, entity, property).</summary>
    public static IReadOnlyList<(string Visual, string Kind, string Entity, string Property)> Fields(string definitionFolder)
    {
        var fields = new List<(string, string, string, string)>();
        foreach (var path in Directory.GetFiles(Path.Combine(definitionFolder, "pages"), "visual.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var visual = Path.GetRelativePath(definitionFolder, path).Replace('\\', '/');
            Walk(document.RootElement, (kind, entity, property) => fields.Add((visual, kind, entity, property)));
        }

        return fields;
    }

    public static IReadOnlyList<string> Problems(TmdlModel model, IEnumerable<(string Visual, string Kind, string Entity, string Property)> fields)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(fields);
        var problems = new List<string>();
        foreach (var (visual, kind, entity, property) in fields)
        {
            var table = model.Find(entity);
            var found = kind == "Measure" ? table?.Measures.Contains(property) == true : table?.Columns.Any(c => c.Name == property) == true;
            if (!found)
            {
                problems.Add($"{visual}: binds the {kind.ToLowerInvariant()} {entity}.{property}, which the model does not have.");
            }
        }

        return problems;
    }

    private static void Walk(JsonElement element, Action<string, string, string> found)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name is "Column" or "Measure"
                    && property.Value.ValueKind == JsonValueKind.Object
                    && property.Value.TryGetProperty("Property", out var name)
                    && property.Value.TryGetProperty("Expression", out var expression)
                    && expression.TryGetProperty("SourceRef", out var source)
                    && source.TryGetProperty("Entity", out var entity))
                {
                    found(property.Name, entity.GetString()!, name.GetString()!);
                }
                else
                {
                    Walk(property.Value, found);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, found);
            }
        }
    }
}
