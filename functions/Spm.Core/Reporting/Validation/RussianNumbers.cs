namespace Spm.Core.Reporting.Validation;

/// <summary>Russian number agreement, for every message that counts something (findings, emails).</summary>
internal static class RussianNumbers
{
    /// <summary>1 день, 2 дня, 5 дней; 11–14 take the last form.</summary>
    public static string Plural(long count, string one, string few, string many)
    {
        var lastTwo = Math.Abs(count) % 100;
        var last = lastTwo % 10;
        return lastTwo is >= 11 and <= 14 ? many : last switch
        {
            1 => one,
            >= 2 and <= 4 => few,
            _ => many,
        };
    }
}
