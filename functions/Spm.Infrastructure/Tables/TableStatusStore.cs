using Azure;
using Azure.Data.Tables;
using Spm.Core.Status;
using Spm.Core.Status.Dimensions;
using Spm.Infrastructure.Storage;

namespace Spm.Infrastructure.Tables;

/// <summary>The status (fact) and dimension tables in Table Storage (the report account), one partition per period.</summary>
internal sealed class TableStatusStore(StorageClients storage) : IStatusStore
{
    public async Task<int> ReplacePeriodAsync(string period, StatusTables tables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var transactions = 0;
        transactions += await ReplaceAsync(Storage.Tables.IndicatorStatus, period, tables.Indicators, cancellationToken);
        transactions += await ReplaceAsync(Storage.Tables.MeasureStatus, period, tables.Measures, cancellationToken);
        transactions += await ReplaceAsync(Storage.Tables.AgencyCompliance, period, tables.Compliance, cancellationToken);
        transactions += await ReplaceAsync(Storage.Tables.ProgramFinance, period, tables.Finance, cancellationToken);
        return transactions;
    }

    public async Task<StatusTables> ReadPeriodAsync(string period, CancellationToken cancellationToken) => new(
        await ReadAsync<IndicatorStatusRow>(Storage.Tables.IndicatorStatus, period, cancellationToken),
        await ReadAsync<MeasureStatusRow>(Storage.Tables.MeasureStatus, period, cancellationToken),
        await ReadAsync<AgencyComplianceRow>(Storage.Tables.AgencyCompliance, period, cancellationToken),
        await ReadAsync<ProgramFinanceRow>(Storage.Tables.ProgramFinance, period, cancellationToken));

    public async Task<int> SeedAsync(DimensionTables dimensions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        var transactions = 0;
        transactions += await ReplaceAllAsync(Storage.Tables.Agencies, dimensions.Agencies, cancellationToken);
        transactions += await ReplaceAllAsync(Storage.Tables.Regions, dimensions.Regions, cancellationToken);
        transactions += await ReplaceAllAsync(Storage.Tables.Indicators, dimensions.Indicators, cancellationToken);
        transactions += await ReplaceAllAsync(Storage.Tables.Measures, dimensions.Measures, cancellationToken);
        transactions += await ReplaceAllAsync(Storage.Tables.MeasurePlans, dimensions.MeasurePlans, cancellationToken);
        transactions += await ReplaceAllAsync(Storage.Tables.Periods, dimensions.Periods, cancellationToken);
        return transactions;
    }

    /// <summary>Upserts the rows and deletes the partition's rows that are no longer computed.</summary>
    private async Task<int> ReplaceAsync<T>(string name, string partition, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : notnull
    {
        var table = storage.Table(name);
        var entities = rows.Select(r => RowEntities.ToEntity(r)).ToList();
        if (entities.Any(e => e.PartitionKey != partition))
        {
            throw new InvalidOperationException($"A row for {name} belongs to another partition than {partition}.");
        }

        var keep = entities.Select(e => e.RowKey).ToHashSet(StringComparer.Ordinal);
        var actions = entities.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)).ToList();
        await foreach (var existing in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (!keep.Contains(existing.RowKey))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, existing, ETag.All));
            }
        }

        return await TableLimits.SubmitAsync(table, actions, cancellationToken);
    }

    /// <summary>Like <see cref="ReplaceAsync"/>, for every partition the rows name.</summary>
    private async Task<int> ReplaceAllAsync<T>(string name, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : notnull
    {
        var transactions = 0;
        foreach (var partition in rows.GroupBy(r => RowEntities.ToEntity(r).PartitionKey, StringComparer.Ordinal))
        {
            transactions += await ReplaceAsync(name, partition.Key, [.. partition], cancellationToken);
        }

        return transactions;
    }

    private async Task<IReadOnlyList<T>> ReadAsync<T>(string name, string partition, CancellationToken cancellationToken)
    {
        var rows = new List<(string Key, T Row)>();
        await foreach (var entity in storage.Table(name).QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            rows.Add((entity.RowKey, RowEntities.FromEntity<T>(entity)));
        }

        return [.. rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Row)];
    }
}
