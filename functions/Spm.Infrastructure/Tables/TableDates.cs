using System.Globalization;

namespace Spm.Infrastructure.Tables;

/// <summary>How instants and dates are written to tables: every property on every entity, nothing left out.</summary>
public static class TableDates
{
    /// <summary>
    /// Stands for "not yet" in an instant column: Table Storage drops null properties, and Power BI infers columns
    /// from the rows it samples, so a missing instant is written as the earliest instant tables store.
    /// </summary>
    public static readonly DateTimeOffset None = new(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset From(DateTimeOffset? instant) => instant?.ToUniversalTime() ?? None;

    public static DateTimeOffset? To(DateTimeOffset instant) => instant <= None ? null : instant;

    /// <summary>A local calendar date as <c>yyyy-MM-dd</c> (typed as a date by readers), empty for none.</summary>
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
