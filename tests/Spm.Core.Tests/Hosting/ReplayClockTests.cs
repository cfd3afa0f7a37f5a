using Microsoft.Extensions.Time.Testing;
using Spm.Core.Hosting;

namespace Spm.Core.Tests.Hosting;

public class ReplayClockTests
{
    private static readonly DateTimeOffset Real = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Replayed = new(2019, 7, 5, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void GetUtcNow_TimePasses_RunsOnFromTheChosenNow()
    {
        var real = new FakeTimeProvider(Real);
        var clock = new ReplayClock(Replayed, real);

        real.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(Replayed.AddMinutes(5), clock.GetUtcNow());
    }

    [Fact]
    public void FromReal_AnInstantRecordedInRealTime_MovesOntoTheReplayedCalendar()
    {
        var real = new FakeTimeProvider(Real);
        var clock = new ReplayClock(Replayed, real);

        var moved = ReplayClock.FromReal(clock, Real.AddSeconds(-30));

        Assert.Equal(Replayed.AddSeconds(-30), moved);
    }

    [Fact]
    public void FromReal_TheSystemClock_LeavesTheInstantAlone()
    {
        var moved = ReplayClock.FromReal(TimeProvider.System, Real);

        Assert.Equal(Real, moved);
    }
}
