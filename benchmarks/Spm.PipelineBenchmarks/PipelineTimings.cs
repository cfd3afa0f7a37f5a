using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;

namespace Spm.PipelineBenchmarks;

/// <summary>
/// When each upload reached each step, on the monotonic clock, keyed by drop blob name. Filled by pass-through
/// decorators registered in the harness's service overrides: production code and tables are unchanged.
/// </summary>
internal sealed class PipelineTimings
{
    private readonly ConcurrentDictionary<string, long> _uploaded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _ingestStarted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _blobOfQueued = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _queued = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _validateStarted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _outcomeRecorded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _observed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _requeued = new(StringComparer.Ordinal);

    public static long Now => Stopwatch.GetTimestamp();

    public static double Milliseconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    public int OutcomesRecorded => _outcomeRecorded.Count;

    public int OutcomesObserved => _observed.Count;

    public void Uploaded(string blobName, long at) => _uploaded[blobName] = at;

    /// <summary>The intake's first step for this blob (the blob trigger's, or the ingest queue's after the reconciler).</summary>
    public void IngestStarted(string blobName) => _ingestStarted.TryAdd(blobName, Now);

    /// <summary>
    /// The submission row was written: pending and stored, it is about to be queued for validation (ingest's last
    /// steps); terminal, its outcome is recorded.
    /// </summary>
    public void Saved(Submission submission)
    {
        if (submission.BlobName.Length == 0)
        {
            return;
        }

        if (submission.IsTerminal)
        {
            _outcomeRecorded.TryAdd(submission.BlobName, Now);
        }
        else if (submission.Stored && _blobOfQueued.TryAdd(submission.Id, submission.BlobName))
        {
            _queued.TryAdd(submission.BlobName, Now);
        }
    }

    /// <summary>A submission was read: the first read after it was queued is the validate step starting.</summary>
    public void Read(string submissionId)
    {
        if (_blobOfQueued.TryGetValue(submissionId, out var blobName))
        {
            _validateStarted.TryAdd(blobName, Now);
        }
    }

    /// <summary>Every observer before this one (status recompute, receipt, event) has run for the outcome.</summary>
    public void Observed(Submission submission)
    {
        if (submission.BlobName.Length > 0)
        {
            _observed.TryAdd(submission.BlobName, Now);
        }
    }

    /// <summary>The reconciler queued the blob for ingestion: it was still in drop after the grace period.</summary>
    public void Requeued(string blobName) => _requeued.TryAdd(blobName, Now);

    public Times For(string blobName) => new(
        _uploaded.TryGetValue(blobName, out var u) ? u : null,
        _ingestStarted.TryGetValue(blobName, out var i) ? i : null,
        _queued.TryGetValue(blobName, out var q) ? q : null,
        _validateStarted.TryGetValue(blobName, out var v) ? v : null,
        _outcomeRecorded.TryGetValue(blobName, out var o) ? o : null,
        _observed.TryGetValue(blobName, out var d) ? d : null,
        _requeued.TryGetValue(blobName, out var r) ? r : null);

    /// <summary>Monotonic timestamps of one upload's steps; null where it never got there.</summary>
    public sealed record Times(long? Uploaded, long? IngestStarted, long? Queued, long? ValidateStarted, long? OutcomeRecorded, long? Observed, long? Requeued);

    /// <summary>Registers the timing hooks around the composed services (call from <c>LocalPipelineHost.Build</c>'s overrides).</summary>
    public void Register(IServiceCollection services)
    {
        services.AddSingleton(this);
        Decorate<IDropStore>(services, inner => new TimedDropStore(inner, this));
        Decorate<ISubmissionStore>(services, inner => new TimedSubmissionStore(inner, this));
        Decorate<IPipelineQueues>(services, inner => new TimedQueues(inner, this));

        // Appended after the production observers, so it runs when they are done.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISubmissionObserver, TimedObserver>());
    }

    private static void Decorate<T>(IServiceCollection services, Func<T, T> wrap)
        where T : class
    {
        var descriptor = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(descriptor);
        services.AddSingleton(provider =>
        {
            var inner = descriptor.ImplementationInstance as T
                ?? descriptor.ImplementationFactory?.Invoke(provider) as T
                ?? (T)ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
            return wrap(inner);
        });
    }

    private sealed class TimedDropStore(IDropStore inner, PipelineTimings timings) : IDropStore
    {
        public Task<DropBlob?> GetAsync(string name, CancellationToken cancellationToken)
        {
            // ReportIntake.ReceiveAsync starts by looking the blob up.
            timings.IngestStarted(name);
            return inner.GetAsync(name, cancellationToken);
        }

        public Task<byte[]?> ReadAsync(DropBlob blob, long maxBytes, CancellationToken cancellationToken) => inner.ReadAsync(blob, maxBytes, cancellationToken);

        public Task DeleteAsync(DropBlob blob, CancellationToken cancellationToken) => inner.DeleteAsync(blob, cancellationToken);

        public IAsyncEnumerable<DropBlob> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);
    }

    private sealed class TimedSubmissionStore(ISubmissionStore inner, PipelineTimings timings) : ISubmissionStore
    {
        public Task<StoredSubmission?> GetAsync(string agency, string id, CancellationToken cancellationToken)
        {
            // SubmissionProcessor.ValidateAsync starts by reading the submission.
            timings.Read(id);
            return inner.GetAsync(agency, id, cancellationToken);
        }

        public Task<StoredSubmission?> FindAsync(string id, CancellationToken cancellationToken) => inner.FindAsync(id, cancellationToken);

        public async Task<string> SaveAsync(Submission submission, string? etag, CancellationToken cancellationToken)
        {
            var version = await inner.SaveAsync(submission, etag, cancellationToken);
            timings.Saved(submission);
            return version;
        }

        public Task<IReadOnlyList<Submission>> ListAsync(string? agency, string? period, CancellationToken cancellationToken) => inner.ListAsync(agency, period, cancellationToken);

        public Task ReplaceFindingsAsync(Submission submission, IReadOnlyList<Finding> findings, CancellationToken cancellationToken) =>
            inner.ReplaceFindingsAsync(submission, findings, cancellationToken);

        public Task<IReadOnlyList<Finding>> GetFindingsAsync(Submission submission, CancellationToken cancellationToken) => inner.GetFindingsAsync(submission, cancellationToken);
    }

    private sealed class TimedQueues(IPipelineQueues inner, PipelineTimings timings) : IPipelineQueues
    {
        public Task EnqueueValidationAsync(ValidationRequest request, CancellationToken cancellationToken) => inner.EnqueueValidationAsync(request, cancellationToken);

        public Task EnqueueIngestAsync(IngestRequest request, CancellationToken cancellationToken)
        {
            // Only the reconciler queues ingestion: the blob was still in drop after the grace period (missed by the
            // trigger, or not yet done).
            timings.Requeued(request.BlobName);
            return inner.EnqueueIngestAsync(request, cancellationToken);
        }
    }

    private sealed class TimedObserver(PipelineTimings timings) : ISubmissionObserver
    {
        public Task OnOutcomeAsync(Submission submission, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
        {
            timings.Observed(submission);
            return Task.CompletedTask;
        }
    }
}
