using Spm.Core.Catalog;
using Spm.Core.Status;
using Spm.Core.Status.Dimensions;

namespace Spm.Core.Tests.Status.Dimensions;

public class CatalogDimensionsTests
{
    private static readonly ProgramCatalog Catalog = CatalogJson.LoadEmbedded().Catalog;

    private static readonly DimensionTables Tables = CatalogDimensions.Build(Catalog);

    [Fact]
    public void Build_Regions_AreTheSixteenWithRussianNames()
    {
        var regions = Tables.Regions;

        Assert.Equal(16, regions.Count);
        Assert.All(regions, r => Assert.NotEqual("", r.NameRu));
        var akmola = regions[0];
        Assert.Equal(("akmola", "Ақмола облысы", "Акмолинская область", "akmola", 1), (akmola.Code, akmola.NameKk, akmola.NameRu, akmola.AkimatCode, akmola.Order));
        Assert.Equal("город Алматы", regions.Single(r => r.Code == "almaty").NameRu);
        Assert.Equal("Алматинская область", regions.Single(r => r.Code == "almaty-region").NameRu);
    }

    [Fact]
    public void Build_Agencies_EveryOneHasARussianName()
    {
        var agencies = Tables.Agencies;

        Assert.Equal(Catalog.Agencies.Count, agencies.Count);
        Assert.All(agencies, a => Assert.NotEqual("", a.NameRu));
        Assert.All(agencies, a => Assert.NotEqual("", a.AbbreviationRu));
        var mrcs = agencies.Single(a => a.Code == "mrcs");
        Assert.Equal(("ДІАҚМ", "МДРГО"), (mrcs.AbbreviationKk, mrcs.AbbreviationRu));
        var aktobe = agencies.Single(a => a.Code == "aktobe");
        Assert.Equal(("lea", "aktobe", "Акимат Актюбинской области"), (aktobe.GroupCode, aktobe.RegionCode, aktobe.NameRu));
        var nsc = agencies.Single(a => a.Code == "nsc");
        Assert.Equal(("", "", "КНБ"), (nsc.GroupCode, nsc.RegionCode, nsc.AbbreviationRu));
    }

    [Fact]
    public void Build_Indicators_HaveKazakhNamesAndNoRussianOnes()
    {
        var indicators = Tables.Indicators;

        Assert.Equal(Catalog.Indicators.Count, indicators.Count);
        Assert.All(indicators, i => Assert.Equal("", i.NameRu));
        Assert.All(indicators, i => Assert.NotEqual("", i.NameKk));
        Assert.Equal(IndicatorDirection.Lower, indicators.Single(i => i.Code == "RI-2.2").Direction);
        var ri11 = indicators.Single(i => i.Code == "RI-1.1");
        Assert.Equal(("lea", 1, 72.0), (ri11.LeadCode, ri11.TaskNumber, ri11.Baseline2017));
        Assert.Null(indicators.Single(i => i.Code == "TI-1").TaskNumber);
    }

    [Fact]
    public void Build_ClassifiedMeasure_KeepsOnlyNumberTaskAndFlag()
    {
        var m20 = Tables.Measures.Single(m => m.Number == 20);

        var expected = new MeasureRow
        {
            ProgramCode = Catalog.Program.Code,
            Number = 20,
            Code = "M-20",
            TaskNumber = 1,
            Classified = true,
            Incomplete = false,
        };
        Assert.Equal(expected, m20);
        Assert.Equal(Catalog.Measures.Count, Tables.Measures.Count);
    }

    [Fact]
    public void Build_IncompleteMeasure_KeepsOnlyNumberTaskAndFlag()
    {
        var m71 = Tables.Measures.Single(m => m.Number == 71);

        Assert.Equal((true, false, 4, ""), (m71.Incomplete, m71.Classified, m71.TaskNumber, m71.NameKk));
    }

    [Fact]
    public void Build_OneOffMeasure_ListsItsDueDates()
    {
        var m41 = Tables.Measures.Single(m => m.Number == 41);

        Assert.Equal((DeadlineKind.Dates, "2018-07-10;2019-07-10", new DateOnly(2018, 7, 10)), (m41.DeadlineKind, m41.DueDates, m41.FirstDueDate));
        Assert.Equal("mia;mne", m41.ResponsibleCodes);
        Assert.Equal(new StatusRowKey("kz-cre-2018-2022", "M-041"), m41.Key);
    }

    [Fact]
    public void Build_MeasurePlans_GiveEachUnitItsTemplatePlan()
    {
        var plans = Tables.MeasurePlans.ToDictionary(p => p.Key.RowKey);

        Assert.Equal(2, plans["M-014|2020|akmola"].Plan);
        Assert.Equal(30, plans["M-014|2020|mes"].Plan);
        Assert.False(plans["M-014|2020|mes"].CountsInNationalLine);
        Assert.Equal(6.9, plans["M-039|2018|gpo"].Plan);
        Assert.Equal(14.0, plans["M-039|2018|mia"].Plan);
        Assert.Equal((20.9, "РБ", true), (plans["M-039|2018|all"].Plan!.Value, plans["M-039|2018|all"].Source, plans["M-039|2018|all"].IsNational));
        Assert.Equal(9845.6 - 1600.6 - 1887.2 - 1582.4 - 1548.4, plans["M-061|2018|aktobe"].Plan!.Value, 9);
    }

    [Fact]
    public void Build_MeasurePlans_YearsReportedOrPlannedOnly()
    {
        var plans = Tables.MeasurePlans;

        Assert.Equal([2018], plans.Where(p => p.MeasureNumber == 12).Select(p => p.Year).Distinct());
        var m40in2021 = plans.Single(p => p.MeasureNumber == 40 && p.Year == 2021 && p.IsNational);
        Assert.Equal((5.1, false), (m40in2021.Plan!.Value, m40in2021.Reported));
        Assert.DoesNotContain(plans, p => Catalog.Measures.Single(m => m.Number == p.MeasureNumber).Classified);
        Assert.Equal(plans.Count, plans.Select(p => p.Key).Distinct().Count());
    }

    [Fact]
    public void Build_Periods_CarryTheInstantTheyBecomeOverdue()
    {
        var periods = Tables.Periods;

        Assert.Equal(10, periods.Count);
        var h1 = periods.Single(p => p.Code == "2019-H1");
        Assert.Equal((new DateOnly(2019, 7, 10), Uploads.Utc("2019-07-10T18:00:00Z"), 3), (h1.DueDate, h1.OverdueFromUtc, h1.Order));
        Assert.Equal(Uploads.Utc("2023-01-10T18:00:00Z"), periods.Single(p => p.Code == "2022-FY").OverdueFromUtc);
    }

    [Fact]
    public void Build_EveryTable_HasUniqueKeys()
    {
        Assert.Equal(Tables.Agencies.Count, Tables.Agencies.Select(r => r.Key).Distinct().Count());
        Assert.Equal(Tables.Regions.Count, Tables.Regions.Select(r => r.Key).Distinct().Count());
        Assert.Equal(Tables.Indicators.Count, Tables.Indicators.Select(r => r.Key).Distinct().Count());
        Assert.Equal(Tables.Measures.Count, Tables.Measures.Select(r => r.Key).Distinct().Count());
        Assert.Equal(Tables.Periods.Count, Tables.Periods.Select(r => r.Key).Distinct().Count());
    }
}
