using Spm.Core.Catalog;
using Spm.Core.Status;
using static Spm.Core.Tests.Status.Uploads;

namespace Spm.Core.Tests.Status;

public partial class StatusCalculatorTests
{
    [Fact]
    public void Compute_LeadReportsTheYear_ClassifiesEachIndicatorAgainstItsPlanAndBaseline()
    {
        var nsc = Upload("nsc", "2019-FY", "2020-01-08T05:00:00Z");

        var tables = Compute("2019-FY", "2020-02-01T00:00:00Z", Report(nsc, Value("TI-3", 90.45m, comment: "x"), Value("RI-2.2", 100), Value("TI-1", 17.9m)));

        var ti3 = tables.Indicators.Single(r => r.IndicatorCode == "TI-3");
        Assert.Equal(("nsc", true, IndicatorFactBasis.LeadReport), (ti3.UnitCode, ti3.IsNational, ti3.FactBasis));
        Assert.Equal(91.8, ti3.Plan);
        Assert.Equal(89.1, ti3.Baseline2017);
        Assert.Equal(90.45, ti3.Fact);
        Assert.Equal(50, ti3.ProgressPercent!.Value, 9);
        Assert.Equal(IndicatorStatus.PartiallyAchieved, ti3.Status);
        Assert.Equal((nsc.Id, "x"), (ti3.SubmissionId, ti3.Comment));
        var ri22 = tables.Indicators.Single(r => r.IndicatorCode == "RI-2.2");
        Assert.Equal(IndicatorDirection.Lower, ri22.Direction);
        Assert.Equal(90, ri22.AchievementPercent!.Value, 9);
        Assert.Null(ri22.ProgressPercent);
        Assert.Equal(IndicatorStatus.PartiallyAchieved, ri22.Status);
        var ti1 = tables.Indicators.Single(r => r.IndicatorCode == "TI-1");
        Assert.Equal(89.5, ti1.AchievementPercent!.Value, 9);
        Assert.Equal(IndicatorStatus.NotAchieved, ti1.Status);
    }

    [Fact]
    public void Compute_LeadReportLacksARowOrAnotherLeadNeverReported_NotReported()
    {
        var nsc = Upload("nsc", "2019-FY", "2020-01-08T05:00:00Z");

        var tables = Compute("2019-FY", "2020-02-01T00:00:00Z", Report(nsc, Value("TI-1", 20)));

        var ri23 = tables.Indicators.Single(r => r.IndicatorCode == "RI-2.3");
        Assert.Equal((IndicatorStatus.NotReported, 0, 1, "nsc"), (ri23.Status, ri23.UnitsReported, ri23.UnitsExpected, ri23.MissingUnits));
        var ri12 = tables.Indicators.Single(r => r.IndicatorCode == "RI-1.2");
        Assert.Equal(("mia", IndicatorStatus.NotReported, ""), (ri12.UnitCode, ri12.Status, ri12.SubmissionId));
    }

    [Fact]
    public void Compute_HalfYear_JudgesAgainstTheAnnualPlan()
    {
        var nsc = Upload("nsc", "2019-H1", "2019-07-08T05:00:00Z");

        var tables = Compute("2019-H1", "2019-08-01T00:00:00Z", Report(nsc, Value("TI-3", 90.45m), Value("RI-2.2", 101), Value("TI-1", 18)));

        Assert.Equal(IndicatorStatus.OnTrack, tables.Indicators.Single(r => r.IndicatorCode == "TI-3").Status);
        Assert.Equal(IndicatorStatus.AtRisk, tables.Indicators.Single(r => r.IndicatorCode == "RI-2.2").Status);
        Assert.Equal(IndicatorStatus.OnTrack, tables.Indicators.Single(r => r.IndicatorCode == "TI-1").Status);
        Assert.Equal(91.8, tables.Indicators.Single(r => r.IndicatorCode == "TI-3").Plan);
    }

    [Fact]
    public void Compute_RegionalIndicatorWithRegionsMissing_NationalIsTheMeanOfThoseThatReported()
    {
        // RI-1.1 in 2019: higher is better, baseline 72, plan 78 (a way of 6).
        var reports = new[] { ("akmola", 80m), ("aktobe", 76m), ("atyrau", 74m) }
            .Select(r => Report(Upload(r.Item1, "2019-FY", "2020-01-08T05:00:00Z"), Value("RI-1.1", r.Item2)))
            .ToArray();

        var tables = Compute("2019-FY", "2020-02-01T00:00:00Z", reports);

        var rows = tables.Indicators.Where(r => r.IndicatorCode == "RI-1.1").ToList();
        Assert.Equal(17, rows.Count);
        var national = rows[0];
        Assert.Equal(("lea", true, IndicatorFactBasis.MeanOfRegions), (national.UnitCode, national.IsNational, national.FactBasis));
        Assert.Equal(76.6667, national.Fact!.Value, 4); // (80 + 76 + 74) ÷ 3
        Assert.Equal(77.7778, national.ProgressPercent!.Value, 4); // 4,667 of 6
        Assert.Equal(IndicatorStatus.PartiallyAchieved, national.Status);
        Assert.Equal((3, 16, 13), (national.UnitsReported, national.UnitsExpected, national.MissingCount));
        Assert.Equal(
            "almaty-region;east-kazakhstan;west-kazakhstan;zhambyl;kostanay;kyzylorda;karaganda;mangystau;pavlodar;north-kazakhstan;south-kazakhstan;almaty;astana",
            national.MissingUnits);
        Assert.Equal("", national.SubmissionId);
        var byRegion = rows.Skip(1).ToDictionary(r => r.UnitCode);
        Assert.All(byRegion.Values, r => Assert.Equal((false, IndicatorFactBasis.RegionReport), (r.IsNational, r.FactBasis)));
        Assert.Equal(IndicatorStatus.Achieved, byRegion["akmola"].Status);
        Assert.Equal(IndicatorStatus.PartiallyAchieved, byRegion["aktobe"].Status); // 66,7 % of the way
        Assert.Equal(IndicatorStatus.NotAchieved, byRegion["atyrau"].Status); // 33,3 %
        Assert.Equal(IndicatorStatus.NotReported, byRegion["astana"].Status);
    }

    [Fact]
    public void Compute_RegionalIndicatorHalfYear_RegionsOnTrackOrAtRisk()
    {
        var reports = new[] { ("akmola", 80m), ("atyrau", 74m) }
            .Select(r => Report(Upload(r.Item1, "2019-H1", "2019-07-08T05:00:00Z"), Value("RI-1.1", r.Item2)))
            .ToArray();

        var tables = Compute("2019-H1", "2019-07-09T00:00:00Z", reports);

        var rows = tables.Indicators.Where(r => r.IndicatorCode == "RI-1.1").ToDictionary(r => r.UnitCode);
        Assert.Equal(IndicatorStatus.OnTrack, rows["lea"].Status); // mean 77: 83,3 % of the way
        Assert.Equal(IndicatorStatus.AtRisk, rows["atyrau"].Status);
        Assert.Equal(IndicatorStatus.NotDue, rows["astana"].Status); // before the due date
    }

    [Fact]
    public void Compute_RegionalIndicatorNobodyReported_NationalRowIsNotReported()
    {
        var tables = Compute("2019-FY", "2020-02-01T00:00:00Z");

        var national = tables.Indicators.Single(r => r.IndicatorCode == "RI-4.2" && r.IsNational);

        Assert.Equal((IndicatorStatus.NotReported, 0, 16), (national.Status, national.UnitsReported, national.MissingCount));
        Assert.Null(national.Fact);
    }

    [Theory]
    [InlineData("2019-07-10T17:59:59Z", IndicatorStatus.NotDue)] // 23:59:59 on the 10th in Almaty (UTC+6)
    [InlineData("2019-07-10T18:00:00Z", IndicatorStatus.NotReported)] // 00:00 on the 11th
    [InlineData("2019-07-10T18:59:00Z", IndicatorStatus.NotReported)] // 00:59 on the 11th
    public void Compute_NothingAccepted_NotDueUntilTheEndOfTheDueDateInAlmaty(string now, IndicatorStatus expected)
    {
        var tables = Compute("2019-H1", now);

        Assert.Equal(expected, tables.Indicators.Single(r => r.IndicatorCode == "TI-1").Status);
        Assert.Equal(expected, tables.Indicators.Single(r => r.IndicatorCode == "RI-1.1" && r.IsNational).Status);
    }

    [Fact]
    public void Compute_AcceptedBeforeTheDueDate_IsJudgedNotNotDue()
    {
        var nsc = Upload("nsc", "2019-H1", "2019-07-01T05:00:00Z");

        var tables = Compute("2019-H1", "2019-07-05T00:00:00Z", Report(nsc, Value("TI-1", 25)));

        Assert.Equal(IndicatorStatus.OnTrack, tables.Indicators.Single(r => r.IndicatorCode == "TI-1").Status);
        Assert.Equal(IndicatorStatus.NotDue, tables.Indicators.Single(r => r.IndicatorCode == "TI-3").Status);
    }
}
