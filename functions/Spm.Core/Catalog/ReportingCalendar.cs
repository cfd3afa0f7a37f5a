namespace Spm.Core.Catalog;

/// <summary>
/// The decree's footnote «***»: results of the half-year and of the year are reported to the National
/// Security Committee by 10 July and 10 January.
/// </summary>
public static class ReportingCalendar
{
    public const int DueDay = 10;

    public static IReadOnlyList<ReportingPeriod> Build(int firstYear, int lastYear)
    {
        var periods = new List<ReportingPeriod>();
        for (var year = firstYear; year <= lastYear; year++)
        {
            periods.Add(new ReportingPeriod
            {
                Code = FormattableString.Invariant($"{year}-H1"),
                Year = year,
                Kind = "H1",
                Starts = new DateOnly(year, 1, 1),
                Ends = new DateOnly(year, 6, 30),
                Due = new DateOnly(year, 7, DueDay),
            });
            periods.Add(new ReportingPeriod
            {
                Code = FormattableString.Invariant($"{year}-FY"),
                Year = year,
                Kind = "FY",
                Starts = new DateOnly(year, 1, 1),
                Ends = new DateOnly(year, 12, 31),
                Due = new DateOnly(year + 1, 1, DueDay),
            });
        }

        return periods;
    }
}
