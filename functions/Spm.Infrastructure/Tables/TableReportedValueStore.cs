using Azure;
using Azure.Data.Tables;
using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;
using Spm.Infrastructure.Storage;

namespace Spm.Infrastructure.Tables;

/// <summary>Reported values and the current-report pointers in Table Storage (the report account).</summary>
internal sealed class TableReportedValueStore(StorageClients storage) : IReportedValueStore
{
    private readonly TableClient _values = storage.Table(Storage.Tables.ReportedValues);
    private readonly TableClient _current = storage.Table(Storage.Tables.CurrentReports);

    public async Task WriteAsync(Submission submission, IReadOnlyList<ReportedValue> values, bool current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var actions = values.Select(v => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ReportedValueEntity.From(submission, v, current)));
        await TableLimits.SubmitAsync(_values, actions, cancellationToken);
    }

    public async Task SetCurrentAsync(Submission submission, bool current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var partition = ReportedValueEntity.Partition(submission.Period, submission.Agency);
        var actions = new List<TableTransactionAction>();
        await foreach (var entity in _values.QueryAsync<ReportedValueEntity>(e => e.PartitionKey == partition && e.SubmissionId == submission.Id, cancellationToken: cancellationToken))
        {
            if (entity.Current != current)
            {
                entity.Current = current;
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge, entity, ETag.All));
            }
        }

        await TableLimits.SubmitAsync(_values, actions, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredValue>> ListAsync(string period, bool all, CancellationToken cancellationToken)
    {
        // A period's partitions are one key range: "{period}|" up to "{period}|~" ('~' sorts after every code character).
        var from = period + "|";
        var to = period + "|~";
        var list = new List<StoredValue>();
        await foreach (var entity in _values.QueryAsync<ReportedValueEntity>(
            e => e.PartitionKey.CompareTo(from) >= 0 && e.PartitionKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            if (all || entity.Current)
            {
                list.Add(entity.ToStoredValue());
            }
        }

        return list;
    }

    public async Task<(CurrentReport? Report, string? ETag)> GetCurrentAsync(string agency, string period, CancellationToken cancellationToken)
    {
        var response = await _current.GetEntityIfExistsAsync<CurrentReportEntity>(period, agency, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? (entity.ToCurrentReport(), entity.ETag.ToString()) : (null, null);
    }

    public async Task<bool> TrySetCurrentAsync(CurrentReport report, string? etag, CancellationToken cancellationToken)
    {
        var entity = CurrentReportEntity.From(report);
        try
        {
            if (etag is null)
            {
                await _current.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                await _current.UpdateEntityAsync(entity, new ETag(etag), TableUpdateMode.Replace, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<CurrentReport>> ListCurrentAsync(string? period, CancellationToken cancellationToken)
    {
        var list = new List<CurrentReport>();
        var query = period is null
            ? _current.QueryAsync<CurrentReportEntity>(cancellationToken: cancellationToken)
            : _current.QueryAsync<CurrentReportEntity>(e => e.PartitionKey == period, cancellationToken: cancellationToken);
        await foreach (var entity in query)
        {
            list.Add(entity.ToCurrentReport());
        }

        return list;
    }
}
