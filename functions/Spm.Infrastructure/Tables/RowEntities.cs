using System.Globalization;
using System.Reflection;
using Azure.Data.Tables;
using Spm.Core.Status;

namespace Spm.Infrastructure.Tables;

/// <summary>
/// Writes the status and dimension rows (plain records with a <c>Key</c>) as table entities, by one rule for every
/// table: every property on every entity (tables drop nulls, and readers that infer columns from samples miss them);
/// numbers as <c>double</c> or <c>int</c> (never <c>decimal</c>, which reads back as 0); a number that is absent is
/// written as 0 beside a <c>Has…</c> flag that is false; instants in UTC, absent ones as <see cref="TableDates.None"/>;
/// local calendar dates as <c>yyyy-MM-dd</c> text; enums by name.
/// </summary>
public static class RowEntities
{
    /// <summary>The entity for a row record.</summary>
    public static TableEntity ToEntity(object row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var type = row.GetType();
        var key = (StatusRowKey)(type.GetProperty("Key") ?? throw new ArgumentException($"{type.Name} has no Key.", nameof(row))).GetValue(row)!;
        var entity = new TableEntity(key.PartitionKey, key.RowKey);
        foreach (var property in Columns(type))
        {
            var value = property.GetValue(row);
            foreach (var (name, written) in Write(property.Name, property.PropertyType, value))
            {
                entity[name] = written;
            }
        }

        return entity;
    }

    /// <summary>Reads a row record back from its entity (the reverse of <see cref="ToEntity"/>).</summary>
    public static T FromEntity<T>(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);

        // Rows are records with required init-only members: made without them, then filled in, as a deserialiser does.
        var row = Activator.CreateInstance<T>();
        foreach (var property in Columns(typeof(T)))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null;
            entity.TryGetValue(property.Name, out var stored);
            object? value = type switch
            {
                _ when type == typeof(string) => stored as string ?? "",
                _ when IsNumber(type) && nullable && entity.GetBoolean("Has" + property.Name) != true => null,
                _ when type == typeof(int) => Convert.ToInt32(stored ?? 0, CultureInfo.InvariantCulture),
                _ when type == typeof(long) => Convert.ToInt64(stored ?? 0, CultureInfo.InvariantCulture),
                _ when type == typeof(double) => Convert.ToDouble(stored ?? 0, CultureInfo.InvariantCulture),
                _ when type == typeof(decimal) => Convert.ToDecimal(stored ?? 0, CultureInfo.InvariantCulture),
                _ when type == typeof(bool) => stored is true,
                _ when type == typeof(DateTimeOffset) => stored is DateTimeOffset instant ? TableDates.To(instant) is { } set ? set : nullable ? null : instant : nullable ? null : default(DateTimeOffset),
                _ when type == typeof(DateOnly) => stored is string { Length: > 0 } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : nullable ? null : default(DateOnly),
                _ when type.IsEnum => stored is string { Length: > 0 } name ? Enum.Parse(type, name) : nullable ? null : Activator.CreateInstance(type),
                _ => throw new NotSupportedException($"A row property of type {type.Name} ({property.Name}) has no table column rule."),
            };
            property.SetValue(row, value);
        }

        return row;
    }

    /// <summary>The columns a row type writes, with their Edm types, in declaration order: the schema readers rely on.</summary>
    public static IReadOnlyList<TableColumn> Schema(Type rowType)
    {
        ArgumentNullException.ThrowIfNull(rowType);
        var columns = new List<TableColumn> { new("PartitionKey", "Edm.String"), new("RowKey", "Edm.String") };
        foreach (var property in Columns(rowType))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null;
            columns.Add(new TableColumn(property.Name, EdmType(type)));
            if (nullable && IsNumber(type))
            {
                columns.Add(new TableColumn("Has" + property.Name, "Edm.Boolean"));
            }
        }

        return columns;
    }

    private static IEnumerable<PropertyInfo> Columns(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "Key" && p.GetIndexParameters().Length == 0 && p.CanRead)
            .OrderBy(p => p.MetadataToken);

    private static IEnumerable<(string Name, object Value)> Write(string name, Type declared, object? value)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        var nullable = Nullable.GetUnderlyingType(declared) is not null || !declared.IsValueType;
        if (type == typeof(string))
        {
            yield return (name, (string?)value ?? "");
        }
        else if (IsNumber(type))
        {
            var number = value switch
            {
                null => type == typeof(int) ? 0 : (object)0.0,
                int i => i,
                long l => (double)l,
                decimal d => (double)d,
                _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            };
            yield return (name, type == typeof(int) ? Convert.ToInt32(number, CultureInfo.InvariantCulture) : Convert.ToDouble(number, CultureInfo.InvariantCulture));
            if (nullable)
            {
                yield return ("Has" + name, value is not null);
            }
        }
        else if (type == typeof(bool))
        {
            yield return (name, value is true);
        }
        else if (type == typeof(DateTimeOffset))
        {
            yield return (name, TableDates.From((DateTimeOffset?)value));
        }
        else if (type == typeof(DateOnly))
        {
            yield return (name, TableDates.Date((DateOnly?)value));
        }
        else if (type.IsEnum)
        {
            yield return (name, value?.ToString() ?? "");
        }
        else
        {
            throw new NotSupportedException($"A row property of type {type.Name} ({name}) has no table column rule.");
        }
    }

    private static bool IsNumber(Type type) => type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal);

    private static string EdmType(Type type) =>
        type == typeof(string) || type.IsEnum || type == typeof(DateOnly) ? "Edm.String"
        : type == typeof(int) ? "Edm.Int32"
        : type == typeof(long) || type == typeof(double) || type == typeof(decimal) ? "Edm.Double"
        : type == typeof(bool) ? "Edm.Boolean"
        : type == typeof(DateTimeOffset) ? "Edm.DateTime"
        : throw new NotSupportedException($"No table column rule for {type.Name}.");
}

/// <summary>One column of a table's declared schema: its name and Edm type.</summary>
public sealed record TableColumn(string Name, string EdmType);
