using Spm.Core.Status;
using static Spm.Core.Tests.Status.Uploads;

namespace Spm.Core.Tests.Status;

public class ReportingDeadlinesTests
{
    private static readonly TimeZoneInfo Almaty = ReportingDeadlines.Zone("Asia/Almaty");

    [Theory]
    // 2019: UTC+6, so the local day turns at 18:00 UTC.
    [InlineData("2019-07-10T00:00:00Z", "2019-07-10")]
    [InlineData("2019-07-09T18:00:00Z", "2019-07-10")]
    [InlineData("2019-07-10T17:59:59Z", "2019-07-10")]
    [InlineData("2019-07-10T18:00:00Z", "2019-07-11")]
    [InlineData("2019-07-10T18:59:00Z", "2019-07-11")]
    // Since 1 March 2024: UTC+5, so the local day turns at 19:00 UTC; at +6, 18:30 would already be the 11th.
    [InlineData("2024-07-10T18:30:00Z", "2024-07-10")]
    [InlineData("2024-07-10T18:59:59Z", "2024-07-10")]
    [InlineData("2024-07-10T19:00:00Z", "2024-07-11")]
    // The switch: at 18:00 UTC on 29 February 2024 clocks went from 23:59:59 (+6) back to 23:00 (+5).
    [InlineData("2024-02-29T17:59:59Z", "2024-02-29")]
    [InlineData("2024-02-29T18:30:00Z", "2024-02-29")]
    [InlineData("2024-02-29T19:00:00Z", "2024-03-01")]
    public void LocalDate_InstantInAlmaty_IsTheCalendarDateThere(string instant, string expected)
    {
        var date = ReportingDeadlines.LocalDate(Utc(instant), Almaty);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("2019-07-09", false)]
    [InlineData("2019-07-10", false)]
    [InlineData("2019-07-11", true)]
    public void IsPastDue_AroundTheDueDate_OnlyFromTheNextDay(string today, bool expected)
    {
        var past = ReportingDeadlines.IsPastDue(new DateOnly(2019, 7, 10), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, past);
    }

    [Theory]
    [InlineData("2019-07-10", "2019-07-10T18:00:00Z")]
    [InlineData("2023-01-10", "2023-01-10T18:00:00Z")]
    [InlineData("2024-07-10", "2024-07-10T19:00:00Z")]
    [InlineData("2024-02-29", "2024-02-29T19:00:00Z")]
    public void OverdueFrom_DueDate_IsTheStartOfTheNextLocalDayInUtc(string due, string expected)
    {
        var from = ReportingDeadlines.OverdueFrom(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Almaty);

        Assert.Equal(Utc(expected), from);
        Assert.Equal(TimeSpan.Zero, from.Offset);
    }

    [Fact]
    public void DaysAfter_AcrossAMonth_CountsCalendarDays()
    {
        var days = ReportingDeadlines.DaysAfter(new DateOnly(2019, 7, 10), new DateOnly(2019, 8, 1));

        Assert.Equal(22, days);
    }
}
