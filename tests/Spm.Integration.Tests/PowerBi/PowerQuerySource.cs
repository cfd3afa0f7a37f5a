using System.Text.RegularExpressions;

namespace Spm.Integration.Tests.PowerBi;

/// <summary>
/// What a partition's Power Query (M) reads from Azure Table Storage, as the model's queries are written:
/// <c>Source{[Name = "table"]}[Data]</c>, the columns of <c>Table.ExpandRecordColumn(…, "Content", {…})</c>, the types of
/// <c>Table.TransformColumnTypes(…, {{"Column", type}, …})</c> and the columns of <c>Table.RemoveColumns(…, {…})</c>.
/// </summary>
internal sealed partial record PowerQuerySource(
    string? TableName,
    IReadOnlyList<string> Expanded,
    IReadOnlyList<(string Column, string Type)> Types,
    IReadOnlyList<string> Removed)
{
    public static PowerQuerySource Parse(string m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var table = NavigationPattern().Match(m);
        var expanded = Call(m, "Table.ExpandRecordColumn") is { } expand && expand.Contains("\"Content\"", StringComparison.Ordinal)
            ? Strings(Braces(expand, afterFirstComma: 2))
            : [];
        var types = Call(m, "Table.TransformColumnTypes") is { } transform
            ? TypePattern().Matches(Braces(transform, afterFirstComma: 1)).Select(t => (t.Groups["name"].Value, t.Groups["type"].Value)).ToList()
            : [];
        var removed = Call(m, "Table.RemoveColumns") is { } remove ? Strings(Braces(remove, afterFirstComma: 1)) : [];
        return new PowerQuerySource(table.Success ? table.Groups["name"].Value : null, expanded, types, removed);
    }

    /// <summary>The argument text of the first call of <paramref name="function"/>, up to its closing parenthesis.</summary>
    private static string? Call(string m, string function)
    {
        var start = m.IndexOf(function + "(", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var open = start + function.Length;
        var depth = 0;
        for (var i = open; i < m.Length; i++)
        {
            depth += m[i] switch { '(' or '{' or '[' => 1, ')' or '}' or ']' => -1, _ => 0 };
            if (depth == 0)
            {
                return m[(open + 1)..i];
            }
        }

        return null;
    }

    /// <summary>The first <c>{…}</c> argument after the given number of top-level commas, braces included.</summary>
    private static string Braces(string arguments, int afterFirstComma)
    {
        var depth = 0;
        var commas = 0;
        for (var i = 0; i < arguments.Length; i++)
        {
            var c = arguments[i];
            if (c == '"')
            {
                i = arguments.IndexOf('"', i + 1);
                continue;
            }

            if (c == '{' && depth == 0 && commas >= afterFirstComma)
            {
                var inner = 0;
                for (var j = i; j < arguments.Length; j++)
                {
                    inner += arguments[j] switch { '{' => 1, '}' => -1, _ => 0 };
                    if (inner == 0)
                    {
                        return arguments[i..(j + 1)];
                    }
                }
            }

            depth += c switch { '(' or '{' or '[' => 1, ')' or '}' or ']' => -1, _ => 0 };
            commas += c == ',' && depth == 0 ? 1 : 0;
        }

        return "";
    }

    private static List<string> Strings(string list) => [.. StringPattern().Matches(list).Select(s => s.Groups[1].Value)];

    [GeneratedRegex("""Source\{\[Name\s*=\s*"(?<name>[^"]+)"\]\}\[Data\]""")]
    private static partial Regex NavigationPattern();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex StringPattern();

    [GeneratedRegex("""\{\s*"(?<name>[^"]+)"\s*,\s*(?<type>type\s+\w+|[A-Za-z0-9]+\.Type)\s*\}""")]
    private static partial Regex TypePattern();
}
