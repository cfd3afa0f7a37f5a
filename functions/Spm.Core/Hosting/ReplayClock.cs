namespace Spm.Core.Hosting;

/// <summary>
/// The clock setting: time runs from a chosen "now" at the real pace, so a past period can be replayed,
/// demonstrated and tested (<c>--now 2019-07-08</c>, or the <c>Clock:Now</c> setting).
/// </summary>
public sealed class ReplayClock(DateTimeOffset now, TimeProvider? real = null) : TimeProvider
{
    private readonly TimeProvider _real = real ?? System;
    private readonly DateTimeOffset _startedAt = (real ?? System).GetUtcNow();

    public DateTimeOffset Start { get; } = now.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => Start + (_real.GetUtcNow() - _startedAt);

    /// <summary>
    /// An instant the outside world recorded in real time (a blob's upload time) moved onto this clock, so that an
    /// upload made during a replay counts as made at the replayed time.
    /// </summary>
    public DateTimeOffset FromReal(DateTimeOffset real) => real + (Start - _startedAt);

    /// <summary>Moves a real instant onto <paramref name="time"/>: the same instant unless it is a replay clock.</summary>
    public static DateTimeOffset FromReal(TimeProvider time, DateTimeOffset real) =>
        time is ReplayClock replay ? replay.FromReal(real) : real;

    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;
}
