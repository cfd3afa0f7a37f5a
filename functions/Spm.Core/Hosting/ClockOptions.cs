namespace Spm.Core.Hosting;

/// <summary>The clock setting (see <see cref="ReplayClock"/>); empty in production.</summary>
public sealed class ClockOptions
{
    public const string SectionName = "Clock";

    /// <summary>The instant the system starts at, ISO 8601 (<c>2019-07-08</c> is midnight UTC); empty for the real time.</summary>
    public DateTimeOffset? Now { get; set; }
}
