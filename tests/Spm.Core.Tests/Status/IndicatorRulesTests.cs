using Spm.Core.Catalog;
using Spm.Core.Status;

namespace Spm.Core.Tests.Status;

public class IndicatorRulesTests
{
    private static readonly StatusThresholds Defaults = new();

    [Theory]
    // TI-3 in 2019: higher is better, baseline 89,1, plan 91,8 (the way is 2,7).
    [InlineData("higher", "89.1", "91.8", "91.8", IndicatorStatus.Achieved)]
    [InlineData("higher", "89.1", "91.8", "92.5", IndicatorStatus.Achieved)]
    [InlineData("higher", "89.1", "91.8", "90.45", IndicatorStatus.PartiallyAchieved)] // 1,35 of 2,7 = 50 %
    [InlineData("higher", "89.1", "91.8", "90.4", IndicatorStatus.NotAchieved)] // 48,1 % of the way, though 98,5 % of the plan
    [InlineData("higher", "89.1", "91.8", "88", IndicatorStatus.NotAchieved)] // went backwards
    // TI-1 in 2019: higher is better, no baseline, plan 20.
    [InlineData("higher", null, "20", "20", IndicatorStatus.Achieved)]
    [InlineData("higher", null, "20", "18", IndicatorStatus.PartiallyAchieved)] // 90 %
    [InlineData("higher", null, "20", "17.9", IndicatorStatus.NotAchieved)] // 89,5 %
    // RI-2.2 in 2019: lower is better, no baseline, plan 90.
    [InlineData("lower", null, "90", "90", IndicatorStatus.Achieved)]
    [InlineData("lower", null, "90", "85", IndicatorStatus.Achieved)]
    [InlineData("lower", null, "90", "100", IndicatorStatus.PartiallyAchieved)] // 90 ÷ 100 = 90 %
    [InlineData("lower", null, "90", "101", IndicatorStatus.NotAchieved)] // 89,1 %
    [InlineData("lower", null, "90", "0", IndicatorStatus.Achieved)]
    // Lower is better with a baseline 20 and plan 10 (the way is −10).
    [InlineData("lower", "20", "10", "15", IndicatorStatus.PartiallyAchieved)] // 50 %
    [InlineData("lower", "20", "10", "16", IndicatorStatus.NotAchieved)] // 40 %
    [InlineData("lower", "20", "10", "25", IndicatorStatus.NotAchieved)]
    // TI-2: baseline 100 and plan 100: nothing to progress, so the ratio decides.
    [InlineData("higher", "100", "100", "95", IndicatorStatus.PartiallyAchieved)]
    [InlineData("higher", "100", "100", "89", IndicatorStatus.NotAchieved)]
    // A baseline already past the plan gives no way to go either.
    [InlineData("higher", "100", "90", "85", IndicatorStatus.PartiallyAchieved)]
    [InlineData("higher", null, null, "85", IndicatorStatus.NoPlan)]
    public void ClassifyYear_Matrix_ClassifiesByDirectionAndBaseline(string direction, string? baseline, string? plan, string fact, IndicatorStatus expected)
    {
        var status = IndicatorRules.ClassifyYear(Direction(direction), Number(baseline), Number(plan), Number(fact)!.Value, Defaults);

        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("higher", "89.1", "91.8", "92.5", IndicatorStatus.OnTrack)]
    [InlineData("higher", "89.1", "91.8", "90.45", IndicatorStatus.OnTrack)]
    [InlineData("higher", "89.1", "91.8", "90.4", IndicatorStatus.AtRisk)]
    [InlineData("higher", null, "20", "18", IndicatorStatus.OnTrack)]
    [InlineData("higher", null, "20", "17.9", IndicatorStatus.AtRisk)]
    [InlineData("lower", null, "90", "100", IndicatorStatus.OnTrack)]
    [InlineData("lower", null, "90", "101", IndicatorStatus.AtRisk)]
    [InlineData("lower", "20", "10", "16", IndicatorStatus.AtRisk)]
    [InlineData("higher", null, null, "85", IndicatorStatus.NoPlan)]
    public void ClassifyHalfYear_Matrix_JudgesAgainstTheAnnualPlan(string direction, string? baseline, string? plan, string fact, IndicatorStatus expected)
    {
        var status = IndicatorRules.ClassifyHalfYear(Direction(direction), Number(baseline), Number(plan), Number(fact)!.Value, Defaults);

        Assert.Equal(expected, status);
    }

    [Fact]
    public void ClassifyYear_StricterAchievementThreshold_Applies()
    {
        var strict = new StatusThresholds { PartialAchievementPercent = 95 };

        var status = IndicatorRules.ClassifyYear(IndicatorDirection.Higher, null, 20, 18, strict);

        Assert.Equal(IndicatorStatus.NotAchieved, status);
    }

    [Fact]
    public void ClassifyHalfYear_LowerProgressThreshold_Applies()
    {
        var lenient = new StatusThresholds { OnTrackProgressPercent = 40 };

        var status = IndicatorRules.ClassifyHalfYear(IndicatorDirection.Higher, 89.1m, 91.8m, 90.4m, lenient);

        Assert.Equal(IndicatorStatus.OnTrack, status);
    }

    [Theory]
    [InlineData("higher", "18", "20", "90")]
    [InlineData("higher", "25", "20", "125")]
    [InlineData("lower", "100", "90", "90")]
    [InlineData("lower", "45", "90", "200")]
    [InlineData("lower", "0", "90", null)]
    [InlineData("higher", "5", "0", null)]
    public void AchievementPercent_Direction_DividesTheRightWayRound(string direction, string fact, string plan, string? expected)
    {
        var percent = IndicatorRules.AchievementPercent(Direction(direction), Number(fact)!.Value, Number(plan)!.Value);

        Assert.Equal(Number(expected), percent);
    }

    [Theory]
    [InlineData("higher", "89.1", "91.8", "90.45", "50")]
    [InlineData("higher", "72", "78", "81", "150")]
    [InlineData("higher", "72", "78", "69", "-50")]
    [InlineData("lower", "20", "10", "15", "50")]
    [InlineData("higher", null, "20", "18", null)]
    [InlineData("higher", "100", "100", "95", null)]
    [InlineData("lower", "10", "20", "15", null)]
    public void ProgressPercent_BaselineToPlan_IsTheShareOfTheWay(string direction, string? baseline, string plan, string fact, string? expected)
    {
        var progress = IndicatorRules.ProgressPercent(Direction(direction), Number(baseline), Number(plan)!.Value, Number(fact)!.Value);

        Assert.Equal(Number(expected), progress);
    }

    [Fact]
    public void NationalMean_ThreeRegions_IsThePlainMean()
    {
        var mean = IndicatorRules.NationalMean([80m, 76m, 74m]);

        Assert.NotNull(mean);
        Assert.Equal(76.6667, (double)mean.Value, 4);
    }

    [Fact]
    public void NationalMean_NoRegion_IsNull()
    {
        var mean = IndicatorRules.NationalMean([]);

        Assert.Null(mean);
    }

    [Theory]
    [InlineData(false, IndicatorStatus.NotDue)]
    [InlineData(true, IndicatorStatus.NotReported)]
    public void Unreported_DueDate_DecidesNotDueOrNotReported(bool pastDue, IndicatorStatus expected)
    {
        var status = IndicatorRules.Unreported(pastDue);

        Assert.Equal(expected, status);
    }

    private static IndicatorDirection Direction(string text) => text == "lower" ? IndicatorDirection.Lower : IndicatorDirection.Higher;

    private static decimal? Number(string? text) =>
        text is null ? null : decimal.Parse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);
}
