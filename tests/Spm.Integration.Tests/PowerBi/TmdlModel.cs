namespace Spm.Integration.Tests.PowerBi;

/// <summary>
/// What a Power BI semantic model in TMDL says about its data: tables with their columns (data type, source column),
/// measures and Power Query source, the relationships, and the captions of each culture. Read from the project's
/// <c>definition</c> folder by indentation, as TMDL is written (one tab per level); enough of the language for the
/// checks, not all of it.
/// </summary>
internal sealed record TmdlModel(
    IReadOnlyList<TmdlModel.Table> Tables,
    IReadOnlyList<TmdlModel.Relationship> Relationships,
    IReadOnlyList<TmdlModel.Culture> Cultures)
{
    public sealed record Column(string Name, string DataType, string SourceColumn);

    public sealed record Table(string Name, IReadOnlyList<Column> Columns, IReadOnlyList<string> Measures, string PartitionSource);

    public sealed record Relationship(string Name, string FromTable, string FromColumn, string ToTable, string ToColumn);

    /// <summary>Captions of one culture by object: <c>table</c>, <c>table.column</c> or <c>table.measure</c>.</summary>
    public sealed record Culture(string Name, IReadOnlyDictionary<string, string> Captions);

    public Table? Find(string name) => Tables.FirstOrDefault(t => t.Name == name);

    public static TmdlModel Load(string definitionFolder)
    {
        var tables = Directory.GetFiles(Path.Combine(definitionFolder, "tables"), "*.tmdl")
            .Order(StringComparer.Ordinal)
            .Select(path => ReadTable(File.ReadAllLines(path)))
            .ToList();
        var relationships = ReadRelationships(File.ReadAllLines(Path.Combine(definitionFolder, "relationships.tmdl")));
        var cultures = Directory.GetFiles(Path.Combine(definitionFolder, "cultures"), "*.tmdl")
            .Order(StringComparer.Ordinal)
            .Select(path => ReadCulture(File.ReadAllLines(path)))
            .ToList();
        return new TmdlModel(tables, relationships, cultures);
    }

    /// <summary>A name as TMDL writes it, unquoted: <c>'On-time rate'</c> is <c>On-time rate</c>.</summary>
    public static string Unquote(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length >= 2 && trimmed[0] == '\'' && trimmed[^1] == '\'' ? trimmed[1..^1].Replace("''", "'", StringComparison.Ordinal) : trimmed;
    }

    private static Table ReadTable(string[] lines)
    {
        string? name = null;
        var columns = new List<Column>();
        var measures = new List<string>();
        var source = "";
        for (var i = 0; i < lines.Length; i++)
        {
            var (depth, text) = Split(lines[i]);
            if (text.StartsWith("///", StringComparison.Ordinal) || text.Length == 0)
            {
                continue;
            }

            if (depth == 0 && Keyword(text, "table") is { } table)
            {
                name = Unquote(table);
            }
            else if (depth == 1 && Keyword(text, "column") is { } column)
            {
                var properties = Properties(lines, i + 1, 2);
                columns.Add(new Column(Unquote(column), properties.GetValueOrDefault("dataType", ""), properties.GetValueOrDefault("sourceColumn", "")));
            }
            else if (depth == 1 && Keyword(text, "measure") is { } measure)
            {
                measures.Add(Unquote(measure.Split('=')[0]));
            }
            else if (depth == 1 && Keyword(text, "partition") is not null)
            {
                source = PartitionSource(lines, i + 1);
            }
        }

        return new Table(name ?? throw new InvalidDataException("A table file without a table."), columns, measures, source);
    }

    /// <summary>The M text under <c>source =</c>, its common indentation removed.</summary>
    private static string PartitionSource(string[] lines, int start)
    {
        for (var i = start; i < lines.Length; i++)
        {
            var (depth, text) = Split(lines[i]);
            if (depth < 2 && text.Length > 0)
            {
                break;
            }

            if (depth == 2 && text.StartsWith("source", StringComparison.Ordinal) && text.EndsWith('='))
            {
                var body = lines.Skip(i + 1).TakeWhile(l => l.Length == 0 || Split(l).Depth > 2).ToList();
                var indent = body.Where(l => l.Trim().Length > 0).Min(l => Split(l).Depth);
                return string.Join('\n', body.Select(l => l.Length >= indent ? l[indent..] : l.Trim()));
            }
        }

        return "";
    }

    private static List<Relationship> ReadRelationships(string[] lines)
    {
        var relationships = new List<Relationship>();
        for (var i = 0; i < lines.Length; i++)
        {
            var (depth, text) = Split(lines[i]);
            if (depth == 0 && Keyword(text, "relationship") is { } name)
            {
                var properties = Properties(lines, i + 1, 1);
                var (fromTable, fromColumn) = Reference(properties.GetValueOrDefault("fromColumn", ""));
                var (toTable, toColumn) = Reference(properties.GetValueOrDefault("toColumn", ""));
                relationships.Add(new Relationship(Unquote(name), fromTable, fromColumn, toTable, toColumn));
            }
        }

        return relationships;
    }

    private static Culture ReadCulture(string[] lines)
    {
        string? name = null;
        string? table = null;
        string? member = null;
        var captions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var (depth, text) = Split(line);
            if (depth == 0 && Keyword(text, "cultureInfo") is { } culture)
            {
                name = culture;
            }
            else if (depth == 3 && Keyword(text, "table") is { } t)
            {
                (table, member) = (Unquote(t), null);
            }
            else if (depth == 4 && (Keyword(text, "column") ?? Keyword(text, "measure")) is { } m)
            {
                member = Unquote(m);
            }
            else if (table is not null && text.StartsWith("caption:", StringComparison.Ordinal))
            {
                captions[member is null ? table : table + "." + member] = text["caption:".Length..].Trim();
            }
        }

        return new Culture(name ?? throw new InvalidDataException("A culture file without cultureInfo."), captions);
    }

    /// <summary>The <c>name: value</c> properties right under an object, at <paramref name="depth"/>.</summary>
    private static Dictionary<string, string> Properties(string[] lines, int start, int depth)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = start; i < lines.Length; i++)
        {
            var (d, text) = Split(lines[i]);
            if (text.Length == 0)
            {
                continue;
            }

            if (d < depth)
            {
                break;
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (d == depth && colon > 0 && !text.Contains('=', StringComparison.Ordinal))
            {
                properties[text[..colon].Trim()] = text[(colon + 1)..].Trim();
            }
        }

        return properties;
    }

    /// <summary><c>Table.Column</c>, either part possibly quoted.</summary>
    private static (string Table, string Column) Reference(string value)
    {
        var quoted = false;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\'')
            {
                quoted = !quoted;
            }
            else if (value[i] == '.' && !quoted)
            {
                return (Unquote(value[..i]), Unquote(value[(i + 1)..]));
            }
        }

        return (value, "");
    }

    private static string? Keyword(string text, string keyword) =>
        text.StartsWith(keyword + " ", StringComparison.Ordinal) ? text[(keyword.Length + 1)..].Trim() : null;

    private static (int Depth, string Text) Split(string line)
    {
        var depth = 0;
        while (depth < line.Length && line[depth] == '\t')
        {
            depth++;
        }

        return (depth, line[depth..].Trim());
    }
}
