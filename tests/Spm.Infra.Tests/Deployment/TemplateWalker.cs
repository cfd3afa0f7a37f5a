using System.Text.Json.Nodes;

namespace Spm.Infra.Tests.Deployment;

/// <summary>Walks a compiled ARM template and the templates of its nested deployments.</summary>
public static class TemplateWalker
{
    /// <summary>This template and every nested deployment's template, depth first.</summary>
    public static IEnumerable<JsonObject> Templates(JsonObject template)
    {
        ArgumentNullException.ThrowIfNull(template);
        yield return template;
        foreach (var resource in Resources(template))
        {
            if (resource["properties"] is JsonObject properties && properties["template"] is JsonObject nested)
            {
                foreach (var inner in Templates(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>A template's own resources, whether listed (array) or by symbolic name (object).</summary>
    public static IEnumerable<JsonObject> Resources(JsonObject template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var resources = template["resources"] switch
        {
            JsonArray array => array.AsEnumerable(),
            JsonObject symbolic => symbolic.Select(pair => pair.Value),
            _ => [],
        };
        return resources.OfType<JsonObject>();
    }

    /// <summary>Every string of a resource, not counting a nested deployment's template.</summary>
    public static IEnumerable<(string Path, string Value)> OwnStrings(JsonObject resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        foreach (var (name, value) in resource)
        {
            if (name == "properties" && value is JsonObject properties)
            {
                foreach (var found in properties.Where(property => property.Key != "template").SelectMany(property => Strings(property.Value)))
                {
                    yield return found;
                }
            }
            else
            {
                foreach (var found in Strings(value))
                {
                    yield return found;
                }
            }
        }
    }

    /// <summary>Every string in a node, with its JSON path.</summary>
    public static IEnumerable<(string Path, string Value)> Strings(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    foreach (var found in Strings(value))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var found in Strings(item))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                yield return (value.GetPath(), text);
                break;
            default:
                break;
        }
    }
}
