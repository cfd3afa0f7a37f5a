using Spm.Core.Catalog;
using Spm.Core.Reporting.Validation;
using Spm.Core.Status;

namespace Spm.Core.Tests.Status;

public class MeasureRulesTests
{
    private static readonly ProgramCatalog Catalog = CatalogJson.LoadEmbedded().Catalog;

    [Theory]
    [InlineData(12, "2018-H1", "2018-07-10")] // due 10 July 2018, with the half-year report
    [InlineData(12, "2018-FY", "2018-07-10")]
    [InlineData(62, "2018-H1", "")] // due 10 January 2019: the 2018 year report answers for it, not the half-year
    [InlineData(62, "2018-FY", "2019-01-10")]
    [InlineData(41, "2018-H1", "2018-07-10")] // two dates, one a year
    [InlineData(41, "2019-H1", "2019-07-10")]
    [InlineData(28, "2021-FY", "2021-07-10;2022-01-10")]
    [InlineData(7, "2019-FY", "")] // annual
    public void DueDatesIn_OneOffMeasure_AreTheDatesThePeriodAnswersFor(int measure, string period, string expected)
    {
        var dates = MeasureRules.DueDatesIn(Measure(measure), Period(period), Catalog.Periods);

        Assert.Equal(expected, string.Join(';', dates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("2018-07-10", ExecutionStatus.InProgress, false)] // on the due date itself
    [InlineData("2018-07-11", ExecutionStatus.InProgress, true)]
    [InlineData("2018-07-11", ExecutionStatus.NotExecuted, true)]
    [InlineData("2018-07-11", ExecutionStatus.Executed, false)]
    [InlineData("2018-07-11", null, true)] // nothing reported
    [InlineData("2018-07-09", null, false)]
    public void IsOverdue_DueDateAndReportedStatus_OnlyPastDueAndNotExecuted(string today, ExecutionStatus? reported, bool expected)
    {
        var overdue = MeasureRules.IsOverdue(new DateOnly(2018, 7, 10), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), reported);

        Assert.Equal(expected, overdue);
    }

    [Theory]
    [InlineData(14, "akmola", true)] // regional breakdown: the regions' rows make up the plan
    [InlineData(14, "mes", false)] // a central co-executor of a regional measure reports its own line only
    [InlineData(4, "mrcs", true)] // the only sub-row with money
    [InlineData(4, "akmola", false)] // the regions' sub-row is «көзделген қаражат шегінде», outside the plan
    [InlineData(39, "gpo", true)] // both sub-rows carry money
    [InlineData(39, "mia", true)]
    [InlineData(6, "mrcs", true)] // one joint plan: every co-executor
    [InlineData(6, "akmola", true)]
    public void ContributesToNationalLine_ByHowThePlanIsDivided(int measure, string unit, bool expected)
    {
        var counts = MeasureRules.ContributesToNationalLine(Measure(measure), Catalog.Agencies.Single(a => a.Code == unit));

        Assert.Equal(expected, counts);
    }

    [Theory]
    [InlineData("12.65", "25.3", "50")]
    [InlineData("30", "25", "120")]
    [InlineData("5", "0", null)]
    [InlineData(null, "25", null)]
    [InlineData("5", null, null)]
    public void ExecutionPercent_ValueAndPlan_IsTheShareOfThePlan(string? value, string? plan, string? expected)
    {
        var percent = MeasureRules.ExecutionPercent(Number(value), Number(plan));

        Assert.Equal(Number(expected), percent);
    }

    [Theory]
    [InlineData(14, true)] // бірлік
    [InlineData(47, true)] // млн. теңге
    [InlineData(1, false)] // no unit
    public void IsSummable_ByUnit(int measure, bool expected)
    {
        var summable = MeasureRules.IsSummable(Measure(measure));

        Assert.Equal(expected, summable);
    }

    private static Measure Measure(int number) => Catalog.Measures.Single(m => m.Number == number);

    private static ReportingPeriod Period(string code) => Catalog.Periods.Single(p => p.Code == code);

    private static decimal? Number(string? text) =>
        text is null ? null : decimal.Parse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);
}
