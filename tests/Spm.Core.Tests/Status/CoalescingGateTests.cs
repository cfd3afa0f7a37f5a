using Spm.Core.Status;

namespace Spm.Core.Tests.Status;

public class CoalescingGateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_BurstWhileARunIsInProgress_SharesOneMoreRun()
    {
        var gate = new CoalescingGate<string>();
        var runs = 0;
        var first = new TaskCompletionSource();
        var running = gate.RunAsync("2019-H1", async _ => { Interlocked.Increment(ref runs); await first.Task; }, Ct);

        // Nine outcomes arrive while the first recompute runs: it started before they asked, so it cannot cover them.
        var burst = Enumerable.Range(0, 9).Select(_ => gate.RunAsync("2019-H1", _ => { Interlocked.Increment(ref runs); return Task.CompletedTask; }, Ct)).ToList();
        first.SetResult();
        var ran = await Task.WhenAll(burst);

        Assert.True(await running);
        Assert.Equal(2, runs);
        Assert.Equal(1, ran.Count(r => r));
    }

    [Fact]
    public async Task RunAsync_RequestAfterARunFinished_RunsAgain()
    {
        var gate = new CoalescingGate<string>();
        var runs = 0;

        Assert.True(await gate.RunAsync("2019-H1", _ => { runs++; return Task.CompletedTask; }, Ct));
        Assert.True(await gate.RunAsync("2019-H1", _ => { runs++; return Task.CompletedTask; }, Ct));

        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task RunAsync_TheRunFails_TheWaitingCallerRunsItself()
    {
        var gate = new CoalescingGate<string>();
        var failing = new TaskCompletionSource();
        var first = gate.RunAsync("2019-H1", _ => failing.Task, Ct);
        var waitingRan = false;
        var waiting = gate.RunAsync("2019-H1", _ => { waitingRan = true; return Task.CompletedTask; }, Ct);

        failing.SetException(new InvalidOperationException("storage down"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        Assert.True(await waiting);
        Assert.True(waitingRan);
    }

    [Fact]
    public async Task RunAsync_OtherKey_IsNotHeldUpByARunningOne()
    {
        var gate = new CoalescingGate<string>();
        var blocked = new TaskCompletionSource();
        var halfYear = gate.RunAsync("2019-H1", _ => blocked.Task, Ct);

        var year = gate.RunAsync("2019-FY", _ => Task.CompletedTask, Ct);

        Assert.True(await year.WaitAsync(TimeSpan.FromSeconds(10), Ct));
        Assert.False(halfYear.IsCompleted);
        blocked.SetResult();
        Assert.True(await halfYear);
    }

    [Fact]
    public async Task RunAsync_ManyConcurrentCallers_EveryOneIsCoveredByARunThatStartedAfterItAsked()
    {
        var gate = new CoalescingGate<int>();
        long written = 0;
        long seenByLastRun = -1;
        var tasks = Enumerable.Range(0, 200).Select(i => Task.Run(
            async () =>
            {
                // "Save the outcome", then ask: the run that lets this caller off must have seen its write.
                var mine = Interlocked.Increment(ref written);
                await gate.RunAsync(0, async _ =>
                {
                    var seen = Interlocked.Read(ref written);
                    await Task.Delay(1, Ct);
                    Interlocked.Exchange(ref seenByLastRun, seen);
                }, Ct);
                Assert.True(Interlocked.Read(ref seenByLastRun) >= mine, $"caller {i} (write {mine}) let off by a run that saw {seenByLastRun}");
            },
            Ct));

        await Task.WhenAll(tasks);

        Assert.Equal(200, Interlocked.Read(ref seenByLastRun));
    }
}
