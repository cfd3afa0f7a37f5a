using Azure;
using Azure.Data.Tables;
using Spm.Core.Catalog;
using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;
using Spm.Infrastructure.Storage;

namespace Spm.Infrastructure.Tables;

/// <summary>Submissions and findings in Table Storage (the report account).</summary>
internal sealed class TableSubmissionStore(StorageClients storage, LoadedCatalog catalog) : ISubmissionStore
{
    private readonly TableClient _submissions = storage.Table(Storage.Tables.Submissions);
    private readonly TableClient _findings = storage.Table(Storage.Tables.Findings);
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(catalog.Catalog.Program.TimeZone);

    public async Task<StoredSubmission?> GetAsync(string agency, string id, CancellationToken cancellationToken)
    {
        var response = await _submissions.GetEntityIfExistsAsync<SubmissionEntity>(agency, id, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? new StoredSubmission(entity.ToSubmission(), entity.ETag.ToString()) : null;
    }

    public async Task<StoredSubmission?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await foreach (var entity in _submissions.QueryAsync<SubmissionEntity>(e => e.RowKey == id, cancellationToken: cancellationToken))
        {
            return new StoredSubmission(entity.ToSubmission(), entity.ETag.ToString());
        }

        return null;
    }

    public async Task<string> SaveAsync(Submission submission, string? etag, CancellationToken cancellationToken)
    {
        var entity = SubmissionEntity.From(submission, _zone);
        TableLimits.Check(entity, _submissions.Name);
        try
        {
            var response = etag is null
                ? await _submissions.AddEntityAsync(entity, cancellationToken)
                : await _submissions.UpdateEntityAsync(entity, new ETag(etag), TableUpdateMode.Replace, cancellationToken);
            return response.Headers.ETag?.ToString() ?? "";
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            throw new SubmissionConflictException($"Submission {submission.Id} was written by someone else first.", e);
        }
    }

    public async Task<IReadOnlyList<Submission>> ListAsync(string? agency, string? period, CancellationToken cancellationToken)
    {
        var filter = (agency, period) switch
        {
            (null, null) => null,
            ({ } a, null) => TableClient.CreateQueryFilter($"PartitionKey eq {a}"),
            (null, { } p) => TableClient.CreateQueryFilter($"Period eq {p}"),
            ({ } a, { } p) => TableClient.CreateQueryFilter($"PartitionKey eq {a} and Period eq {p}"),
        };
        var list = new List<Submission>();
        await foreach (var entity in _submissions.QueryAsync<SubmissionEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(entity.ToSubmission());
        }

        return [.. list.OrderBy(s => s.UploadedUtc).ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    public async Task ReplaceFindingsAsync(Submission submission, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(findings);
        findings = SubmissionRules.ForStorage(findings);
        var actions = findings
            .Select((f, i) => new TableTransactionAction(TableTransactionActionType.UpsertReplace, FindingEntity.From(submission, f, i + 1)))
            .ToList();

        // Rows beyond this run's count are left over from an earlier run with more findings: they go.
        var stale = new List<TableTransactionAction>();
        await foreach (var row in _findings.QueryAsync<TableEntity>(e => e.PartitionKey == submission.Id, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (int.TryParse(row.RowKey, out var seq) && seq > findings.Count)
            {
                stale.Add(new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All));
            }
        }

        await TableLimits.SubmitAsync(_findings, actions.Concat(stale), cancellationToken);
    }

    public async Task<IReadOnlyList<Finding>> GetFindingsAsync(Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var list = new List<FindingEntity>();
        await foreach (var entity in _findings.QueryAsync<FindingEntity>(e => e.PartitionKey == submission.Id, cancellationToken: cancellationToken))
        {
            list.Add(entity);
        }

        return [.. list.OrderBy(e => e.Seq).Select(e => e.ToFinding())];
    }
}
