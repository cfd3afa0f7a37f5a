using Spm.Core.Catalog;

namespace Spm.Core.Tests.Catalog;

public class ProgramCatalogTests
{
    private static readonly ProgramCatalog Catalog = CatalogJson.LoadEmbedded().Catalog;

    [Fact]
    public void LoadEmbedded_Counts_MatchTheDecree()
    {
        var c = Catalog;

        Assert.Equal("124", c.Program.DecreeNumber);
        Assert.Equal(new DateOnly(2018, 3, 15), c.Program.DecreeDate);
        Assert.Equal([new DateOnly(2019, 12, 13)], c.Program.AmendedOn);
        Assert.Equal(4, c.Tasks.Count);
        Assert.Equal(3, c.Indicators.Count(i => i.Level == IndicatorLevel.Target));
        Assert.Equal(13, c.Indicators.Count(i => i.Level == IndicatorLevel.Result));
        Assert.Equal([3, 3, 4, 3], c.Indicators.Where(i => i.Level == IndicatorLevel.Result).GroupBy(i => i.Task).Select(g => g.Count()));
        Assert.Equal(Enumerable.Range(1, 71), c.Measures.Select(m => m.Number));
        Assert.Equal(26, c.Measures.Count(m => m.Classified));
        Assert.Equal(17, c.Agencies.Count(a => a.Kind == AgencyKind.Central));
        Assert.Equal(16, c.Agencies.Count(a => a.Kind == AgencyKind.Regional));
    }

    [Fact]
    public void LoadEmbedded_StatedFinancing_IsTheDecreesSectionSix()
    {
        var f = Catalog.Program.StatedFinancing;

        Assert.Equal(270_148.8m, f.GrandTotal);
        Assert.Equal(209_361.3m, f.RepublicanTotal);
        Assert.Equal(60_787.5m, f.LocalTotal);
        Assert.Equal(76_291.3m, f.Total["2018"]);
        Assert.Equal(4_332.4m, f.Local["2022"]);
    }

    [Fact]
    public void LoadEmbedded_ClassifiedMeasures_KeepOnlyNumberAndTask()
    {
        var classified = Catalog.Measures.Where(m => m.Classified).ToArray();

        Assert.Equal([.. Enumerable.Range(20, 7), .. Enumerable.Range(32, 7), .. Enumerable.Range(49, 12)], classified.Select(m => m.Number));
        Assert.All(classified, m =>
        {
            Assert.InRange(m.Task, 1, 4);
            Assert.Null(m.NameKk);
            Assert.Null(m.Unit);
            Assert.Null(m.Plan);
            Assert.Null(m.Deadline);
            Assert.Empty(m.Responsible);
            Assert.Null(m.Regions);
        });
    }

    [Fact]
    public void LoadEmbedded_Indicators_HaveCodesPlansAndLeads()
    {
        var ti1 = Catalog.Indicators.Single(i => i.Code == "TI-1");
        var ri11 = Catalog.Indicators.Single(i => i.Code == "RI-1.1");
        var ri22 = Catalog.Indicators.Single(i => i.Code == "RI-2.2");
        var ri31 = Catalog.Indicators.Single(i => i.Code == "RI-3.1");

        Assert.Equal([10m, 20m, 35m, 50m, 65m], ti1.Plan.Values);
        Assert.Null(ti1.Baseline2017);
        Assert.Equal("nsc", ti1.Lead);
        Assert.Contains("nsc", ti1.ByAgreement);
        Assert.Equal("lea", ri11.Lead);
        Assert.Contains("astana", ri11.Responsible);
        Assert.Equal(IndicatorDirection.Lower, ri22.Direction);
        Assert.Equal(84.8m, ri31.Baseline2017);
        Assert.All(Catalog.Indicators, i => Assert.False(string.IsNullOrWhiteSpace(i.DirectionReason)));
    }

    [Fact]
    public void LoadEmbedded_RegionalMeasure_HasAllSixteenRegions()
    {
        var m14 = Catalog.Measures.Single(m => m.Number == 14);
        var m44 = Catalog.Measures.Single(m => m.Number == 44);

        Assert.Equal(16, m14.Regions!.Count);
        Assert.Equal(7m, m14.Regions["akmola"]["total"]);
        Assert.Equal("ЖБ", m44.Source);
        Assert.Equal("көзделген қаражат шегінде", m44.RegionNotesKk!["akmola"]);
        Assert.True(m44.Revisable);
    }

    [Fact]
    public void LoadEmbedded_Deadlines_AreParsed()
    {
        Assert.Equal(DeadlineKind.Annual, Catalog.Measures.Single(m => m.Number == 1).Deadline!.Kind);
        Assert.True(Catalog.Measures.Single(m => m.Number == 1).Deadline!.HalfYearReporting);
        Assert.Equal(DeadlineKind.Constant, Catalog.Measures.Single(m => m.Number == 4).Deadline!.Kind);
        Assert.Equal([new DateOnly(2018, 7, 10)], Catalog.Measures.Single(m => m.Number == 12).Deadline!.Dates);
        // «2021 жылғы 10 шілдеге қарай 2022 жылғы 10 қаңтарға және 10 шілдеге қарай»: the last date takes the year before it.
        Assert.Equal([new DateOnly(2021, 7, 10), new DateOnly(2022, 1, 10), new DateOnly(2022, 7, 10)], Catalog.Measures.Single(m => m.Number == 28).Deadline!.Dates);
        Assert.Equal(DeadlineKind.Years, Catalog.Measures.Single(m => m.Number == 40).Deadline!.Kind);
    }

    [Fact]
    public void LoadEmbedded_Periods_AreDueTenthOfJulyAndJanuary()
    {
        var periods = Catalog.Periods;

        Assert.Equal(10, periods.Count);
        Assert.Equal(new DateOnly(2018, 7, 10), periods.Single(p => p.Code == "2018-H1").Due);
        Assert.Equal(new DateOnly(2019, 1, 10), periods.Single(p => p.Code == "2018-FY").Due);
        Assert.Equal(new DateOnly(2023, 1, 10), periods.Single(p => p.Code == "2022-FY").Due);
    }

    [Fact]
    public void Serialize_RoundTrip_IsByteIdentical()
    {
        var json = CatalogJson.Serialize(Catalog);

        var again = CatalogJson.Serialize(CatalogJson.Deserialize(json));

        Assert.Equal(json, again);
    }
}
