using Spm.Infrastructure.Tables;

namespace Spm.Integration.Tests.PowerBi;

/// <summary>
/// Whether a Power BI model reads only what the pipeline writes: every table a partition navigates to is a table of
/// the report account; every column it expands, types and loads is a column the writing code declares
/// (<see cref="TableSchemas.ReportTables"/>), typed explicitly and compatibly; <c>Timestamp</c> is dropped; every
/// relationship joins two loaded columns of the same type. Returns the problems, one sentence each; none is good.
/// </summary>
internal static class ModelSchemaCheck
{
    /// <summary>Columns outside the connector's <c>Content</c> record: the entity's keys and its timestamp.</summary>
    private static readonly HashSet<string> SystemColumns = new(StringComparer.Ordinal) { "PartitionKey", "RowKey", "Timestamp" };

    public static IReadOnlyList<string> Problems(TmdlModel model, IReadOnlyDictionary<string, IReadOnlyList<TableColumn>> schemas)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(schemas);
        var problems = new List<string>();
        var loaded = new Dictionary<(string Table, string Column), string>();
        foreach (var table in model.Tables)
        {
            var source = PowerQuerySource.Parse(table.PartitionSource);
            if (source.TableName is null)
            {
                problems.Add($"{table.Name}: its partition does not read a table of the storage account (no Source{{[Name = \"…\"]}}[Data]).");
                continue;
            }

            if (!schemas.TryGetValue(source.TableName, out var schema))
            {
                problems.Add($"{table.Name}: reads the table {source.TableName}, which the pipeline does not write on the report account.");
                continue;
            }

            var written = schema.ToDictionary(c => c.Name, c => c.EdmType, StringComparer.Ordinal);
            problems.AddRange(CheckSource(table.Name, source, written));
            var available = source.Expanded.Concat(["PartitionKey", "RowKey"]).Except(source.Removed, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
            foreach (var column in table.Columns)
            {
                if (!available.Contains(column.SourceColumn))
                {
                    problems.Add($"{table.Name}.{column.Name}: its source column {Show(column.SourceColumn)} is not a column the query loads.");
                }
                else if (!written.TryGetValue(column.SourceColumn, out var edm))
                {
                    problems.Add($"{table.Name}.{column.Name}: the pipeline writes no column {column.SourceColumn} in {source.TableName}.");
                }
                else if (!Compatible(column.DataType, edm))
                {
                    problems.Add($"{table.Name}.{column.Name}: dataType {Show(column.DataType)}, but {source.TableName}.{column.SourceColumn} is written as {edm}.");
                }

                loaded[(table.Name, column.Name)] = column.DataType;
            }
        }

        foreach (var relationship in model.Relationships)
        {
            var from = loaded.GetValueOrDefault((relationship.FromTable, relationship.FromColumn));
            var to = loaded.GetValueOrDefault((relationship.ToTable, relationship.ToColumn));
            if (from is null || to is null)
            {
                var missing = from is null ? $"{relationship.FromTable}.{relationship.FromColumn}" : $"{relationship.ToTable}.{relationship.ToColumn}";
                problems.Add($"relationship {relationship.Name}: {missing} is not a column of the model.");
            }
            else if (from != to)
            {
                problems.Add($"relationship {relationship.Name}: joins {relationship.FromTable}.{relationship.FromColumn} ({from}) to {relationship.ToTable}.{relationship.ToColumn} ({to}).");
            }
        }

        return problems;
    }

    private static IEnumerable<string> CheckSource(string table, PowerQuerySource source, Dictionary<string, string> written)
    {
        if (source.Expanded.Count == 0)
        {
            yield return $"{table}: does not expand the Content column with an explicit column list.";
        }

        foreach (var column in source.Expanded)
        {
            if (SystemColumns.Contains(column))
            {
                yield return $"{table}: expands {column} from Content, where the connector does not put it.";
            }
            else if (!written.ContainsKey(column))
            {
                yield return $"{table}: expands {column}, which the pipeline does not write in {source.TableName}.";
            }
        }

        var types = source.Types.GroupBy(t => t.Column, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(t => t.Type).ToList(), StringComparer.Ordinal);
        foreach (var column in source.Expanded.Where(c => !types.ContainsKey(c)))
        {
            yield return $"{table}: {column} is not given a type in Table.TransformColumnTypes (it would be auto-detected).";
        }

        foreach (var (column, declared) in types)
        {
            if (declared.Count > 1)
            {
                yield return $"{table}: {column} is typed {declared.Count} times.";
            }

            if (!source.Expanded.Contains(column) && !SystemColumns.Contains(column))
            {
                yield return $"{table}: types {column}, which it does not expand.";
            }
            else if (written.TryGetValue(column, out var edm) && !MCompatible(declared[0], edm))
            {
                yield return $"{table}: types {column} as {declared[0]}, but {source.TableName}.{column} is written as {edm}.";
            }
        }

        if (!source.Removed.Contains("Timestamp"))
        {
            yield return $"{table}: keeps the Timestamp column (the service's own, not the pipeline's).";
        }
    }

    /// <summary>A TMDL data type against the Edm type the pipeline writes.</summary>
    public static bool Compatible(string dataType, string edm) => (dataType, edm) switch
    {
        ("string", "Edm.String") => true,
        ("int64", "Edm.Int32" or "Edm.Int64") => true,
        ("double", "Edm.Double") => true,
        ("boolean", "Edm.Boolean") => true,
        ("dateTime", "Edm.DateTime") => true,
        _ => false,
    };

    /// <summary>A Power Query type against the Edm type the pipeline writes.</summary>
    public static bool MCompatible(string type, string edm) => (type, edm) switch
    {
        ("type text", "Edm.String") => true,
        ("Int64.Type", "Edm.Int32" or "Edm.Int64") => true,
        ("type number", "Edm.Double") => true,
        ("type logical", "Edm.Boolean") => true,
        ("type datetime" or "type datetimezone", "Edm.DateTime") => true,
        _ => false,
    };

    private static string Show(string value) => value.Length == 0 ? "(none)" : value;
}
