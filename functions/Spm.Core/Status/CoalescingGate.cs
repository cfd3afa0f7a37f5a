using System.Collections.Concurrent;

namespace Spm.Core.Status;

/// <summary>
/// Runs one piece of work per key at a time, and lets a caller off when a run that started after it asked has
/// finished: that run already saw everything the caller had written. A burst of N requests for one key costs at most
/// two runs (the one in progress, which started too early for them, and one more), not N.
/// </summary>
/// <remarks>
/// Used for a period's status after each upload's outcome: the recompute reads the period's submissions and values as
/// they are when it starts, so a request made (after its outcome was saved) before a run starts is covered by that run.
/// When a run fails, the callers waiting behind it run the work themselves. The gate is per process; two instances
/// still recompute a period independently, as before. Keys are never forgotten: they are the program's periods.
/// </remarks>
public sealed class CoalescingGate<TKey>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Slot> slots = new();

    /// <summary>
    /// Runs <paramref name="work"/> for <paramref name="key"/> unless a run that started after this call has finished
    /// by the time this caller's turn comes. Returns true when this call ran the work, false when it was covered.
    /// </summary>
    public async Task<bool> RunAsync(TKey key, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var slot = slots.GetOrAdd(key, static _ => new Slot());
        var ticket = Interlocked.Increment(ref slot.Requested);
        await slot.Lock.WaitAsync(cancellationToken);
        try
        {
            if (Interlocked.Read(ref slot.Covered) >= ticket)
            {
                return false;
            }

            // Every request made so far is covered by a run that starts now.
            var covers = Interlocked.Read(ref slot.Requested);
            await work(cancellationToken);
            Interlocked.Exchange(ref slot.Covered, covers);
            return true;
        }
        finally
        {
            slot.Lock.Release();
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A SemaphoreSlim whose wait handle is never asked for holds nothing to dispose; slots live as long as the gate.")]
    private sealed class Slot
    {
        public readonly SemaphoreSlim Lock = new(1, 1);
        public long Requested;
        public long Covered;
    }
}
