using System.Globalization;
using Spm.Core.Notifications.Email;

namespace Spm.Core.Status.Reports;

/// <summary>
/// How a status report writes a figure: the text a person reads (Kazakhstan's way: <c>7 185,2</c>, <c>85,4 %</c>) in a
/// <c>&lt;data&gt;</c> element whose attributes say exactly which table, row and column it shows, with the stored value
/// unrounded, so that anyone (and the tests) can check the page against the tables.
/// </summary>
internal static class ReportFigures
{
    /// <summary>The text for "no value" (null in the table).</summary>
    public const string None = "—";

    /// <summary>One value of one row: <c>data-table</c>, <c>data-key</c> (the row key), <c>data-column</c>.</summary>
    public static string Cell(string table, string key, string column, double? value, string text) =>
        $"<data value=\"{Raw(value)}\" data-table=\"{table}\" data-key=\"{Html.Escape(key)}\" data-column=\"{column}\">{Html.Escape(text)}</data>";

    /// <summary>
    /// A count or a sum over rows: <c>data-agg</c> is <c>count</c> or <c>sum:Column</c>, <c>data-where</c> is
    /// <c>Column=Value;…</c> with <c>|</c> between alternative values.
    /// </summary>
    public static string Aggregate(string table, string aggregate, string where, double value, string text) =>
        $"<data value=\"{Raw(value)}\" data-table=\"{table}\" data-agg=\"{aggregate}\" data-where=\"{Html.Escape(where)}\">{Html.Escape(text)}</data>";

    /// <summary>The attributes alone, for a chart's mark: the same triple as <see cref="Cell"/>.</summary>
    public static string Attributes(string table, string key, string column, double? value) =>
        $"data-table=\"{table}\" data-key=\"{Html.Escape(key)}\" data-column=\"{column}\" data-value=\"{Raw(value)}\"";

    public static string Raw(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A number with a fixed count of decimals, thousands apart: <c>8 409,6</c>; <see cref="None"/> for null.</summary>
    public static string Number(double? value, int decimals) =>
        value is { } v ? Local(v.ToString("#,0." + new string('0', decimals), CultureInfo.InvariantCulture).TrimEnd('.')) : None;

    /// <summary>A number with up to <paramref name="decimals"/> decimals, as many as it has: <c>76,67</c>, <c>80</c>.</summary>
    public static string Value(double? value, int decimals = 2) =>
        value is { } v ? Local(v.ToString("#,0." + new string('#', decimals), CultureInfo.InvariantCulture).TrimEnd('.')) : None;

    public static string Percent(double? value) => value is { } ? Number(value, 1) + "\u00A0%" : None;

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Count(int? value) => value is { } v ? Count(v) : None;

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? None;

    public static string Instant(DateTimeOffset? instant, TimeZoneInfo zone) =>
        instant is { } i ? TimeZoneInfo.ConvertTime(i, zone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) : None;

    // Invariant "1,234.5" to "1 234,5": a no-break space between thousands, a comma before decimals.
    private static string Local(string invariant) => invariant.Replace(',', '\u00A0').Replace('.', ',');
}
