using System.Reflection;
using Azure;
using Spm.Core.Status;
using Spm.Core.Status.Dimensions;
using Spm.Infrastructure.Storage;

namespace Spm.Infrastructure.Tables;

/// <summary>
/// The columns every table the report account holds is written with, by name and Edm type: what Power BI and any other
/// reader may rely on, declared by the code that writes them (a renamed column changes this, and the tests that read it).
/// </summary>
public static class TableSchemas
{
    private static readonly Dictionary<string, Type> Writers = new(StringComparer.Ordinal)
    {
        [Storage.Tables.Submissions] = typeof(SubmissionEntity),
        [Storage.Tables.Findings] = typeof(FindingEntity),
        [Storage.Tables.ReportedValues] = typeof(ReportedValueEntity),
        [Storage.Tables.CurrentReports] = typeof(CurrentReportEntity),
        [Storage.Tables.IndicatorStatus] = typeof(IndicatorStatusRow),
        [Storage.Tables.MeasureStatus] = typeof(MeasureStatusRow),
        [Storage.Tables.AgencyCompliance] = typeof(AgencyComplianceRow),
        [Storage.Tables.ProgramFinance] = typeof(ProgramFinanceRow),
        [Storage.Tables.Agencies] = typeof(AgencyRow),
        [Storage.Tables.Regions] = typeof(RegionRow),
        [Storage.Tables.Indicators] = typeof(IndicatorRow),
        [Storage.Tables.Measures] = typeof(MeasureRow),
        [Storage.Tables.MeasurePlans] = typeof(MeasurePlanRow),
        [Storage.Tables.Periods] = typeof(PeriodRow),
    };

    /// <summary>Every table of the report account and its columns.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<TableColumn>> ReportTables { get; } =
        StorageLayout.All.Where(r => r.Account == StorageAccount.Report && r.Kind == StorageKind.Table)
            .ToDictionary(r => r.Name, r => For(r.Name), StringComparer.Ordinal);

    public static IReadOnlyList<TableColumn> For(string table)
    {
        var type = Writers.TryGetValue(table, out var writer) ? writer
            : throw new ArgumentException($"No schema is declared for table {table}.", nameof(table));
        return typeof(Azure.Data.Tables.ITableEntity).IsAssignableFrom(type) ? EntitySchema(type) : RowEntities.Schema(type);
    }

    private static List<TableColumn> EntitySchema(Type type)
    {
        var columns = new List<TableColumn> { new("PartitionKey", "Edm.String"), new("RowKey", "Edm.String") };
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (property.Name is "PartitionKey" or "RowKey" or "Timestamp" || property.PropertyType == typeof(ETag))
            {
                continue;
            }

            var edm = property.PropertyType switch
            {
                var t when t == typeof(string) => "Edm.String",
                var t when t == typeof(int) => "Edm.Int32",
                var t when t == typeof(long) => "Edm.Int64",
                var t when t == typeof(double) => "Edm.Double",
                var t when t == typeof(bool) => "Edm.Boolean",
                var t when t == typeof(DateTimeOffset) => "Edm.DateTime",
                var t => throw new NotSupportedException($"{type.Name}.{property.Name} has a type ({t.Name}) tables do not store as such."),
            };
            columns.Add(new TableColumn(property.Name, edm));
        }

        return columns;
    }
}
