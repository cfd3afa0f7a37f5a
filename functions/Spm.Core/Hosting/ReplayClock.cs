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

    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;
}
