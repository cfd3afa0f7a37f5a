using Spm.Core.Catalog;
using Spm.Core.Reporting;

namespace Spm.Core.Tests.Reporting;

public class ReportObligationsTests
{
    private static readonly ProgramCatalog Catalog = CatalogJson.LoadEmbedded().Catalog;

    [Fact]
    public void For_MinistryOfInternalAffairs_ListsTheIndicatorsItLeads()
    {
        var result = ReportObligations.For(Catalog, "mia", "2019-H1");

        Assert.True(result.Succeeded);
        var indicators = result.Rows.Where(r => r.Kind == ReportRowKind.Indicator).Select(r => r.Code);
        Assert.Equal(["RI-1.2", "RI-3.3", "RI-4.3"], indicators);
    }

    [Fact]
    public void For_NationalSecurityCommittee_LeadsTheTargetIndicators()
    {
        var result = ReportObligations.For(Catalog, "nsc", "2019-H1");

        Assert.Contains(result.Rows, r => r.Code == "TI-1");
        Assert.Contains(result.Rows, r => r.Code == "TI-3");
        Assert.DoesNotContain(result.Rows, r => r.Code == "RI-1.2");
    }

    [Fact]
    public void For_Region_ReportsIndicatorsLedByTheLocalExecutiveBodies()
    {
        var result = ReportObligations.For(Catalog, "akmola", "2019-H1");

        var indicators = result.Rows.Where(r => r.Kind == ReportRowKind.Indicator).Select(r => r.Code);
        Assert.Equal(["RI-1.1", "RI-1.3", "RI-3.4", "RI-4.2"], indicators);
    }

    [Fact]
    public void For_RegionOnARegionalMeasure_PlansItsOwnRow()
    {
        var result = ReportObligations.For(Catalog, "akmola", "2020-FY");

        var row = Assert.Single(result.Rows, r => r.Code == "M-14");
        Assert.Equal(ReportRowKind.Measure, row.Kind);
        Assert.Equal(2m, row.PlanForYear);
        Assert.Equal("бірлік", row.Unit);
        Assert.False(row.HasMoney);
    }

    [Fact]
    public void For_CentralAgencyOnARegionalMeasure_PlansTheMeasuresRow()
    {
        var result = ReportObligations.For(Catalog, "mes", "2020-FY");

        var row = Assert.Single(result.Rows, r => r.Code == "M-14");
        Assert.Equal(30m, row.PlanForYear);
    }

    [Fact]
    public void For_AgencyWithItsOwnSubRow_PlansTheSubRow()
    {
        var result = ReportObligations.For(Catalog, "gpo", "2018-FY");

        var row = Assert.Single(result.Rows, r => r.Code == "M-39");
        Assert.Equal(6.9m, row.PlanForYear);
        Assert.True(row.HasMoney);
        Assert.Equal("РБ", row.Source);
    }

    [Fact]
    public void For_AnyAgencyAndPeriod_NeverListsAClassifiedOrIncompleteMeasure()
    {
        var hidden = Catalog.Measures.Where(m => m.Classified || m.Incomplete).Select(m => ReportObligations.MeasureCode(m.Number)).ToHashSet();

        var rows = Catalog.Agencies.Where(a => a.Kind != AgencyKind.Group)
            .SelectMany(a => Catalog.Periods.SelectMany(p => ReportObligations.For(Catalog, a.Code, p.Code).Rows));

        Assert.NotEmpty(hidden);
        Assert.DoesNotContain(rows, r => hidden.Contains(r.Code));
    }

    [Fact]
    public void For_MeasureDueOnADate_IsReportedOnlyInThatReportingYear()
    {
        var in2018 = ReportObligations.For(Catalog, "mes", "2018-FY");
        var in2019 = ReportObligations.For(Catalog, "mes", "2019-H1");

        Assert.Contains(in2018.Rows, r => r.Code == "M-12");
        Assert.DoesNotContain(in2019.Rows, r => r.Code == "M-12");
    }

    [Fact]
    public void For_MeasureDueOnTheTenthOfJanuary_BelongsToThePreviousYear()
    {
        var fullYear2018 = ReportObligations.For(Catalog, "mia", "2018-FY");
        var halfYear2019 = ReportObligations.For(Catalog, "mia", "2019-H1");

        Assert.Contains(fullYear2018.Rows, r => r.Code == "M-62");
        Assert.DoesNotContain(halfYear2019.Rows, r => r.Code == "M-62");
    }

    [Fact]
    public void For_MeasureOverASpanOfYears_IsNotReportedAfterIt()
    {
        var responsible = Catalog.Measures.Single(m => m.Number == 40).Responsible[0];

        var in2020 = ReportObligations.For(Catalog, responsible, "2020-FY");
        var in2021 = ReportObligations.For(Catalog, responsible, "2021-H1");

        Assert.Contains(in2020.Rows, r => r.Code == "M-40");
        Assert.DoesNotContain(in2021.Rows, r => r.Code == "M-40");
    }

    [Fact]
    public void For_UnknownAgency_FailsNamingTheAgencies()
    {
        var result = ReportObligations.For(Catalog, "nope", "2019-H1");

        Assert.False(result.Succeeded);
        Assert.Equal(ObligationsError.UnknownAgency, result.Error);
        Assert.Contains("mia", result.Message, StringComparison.Ordinal);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void For_TheLocalExecutiveBodiesGroup_FailsAsNotAReportingUnit()
    {
        var result = ReportObligations.For(Catalog, "lea", "2019-H1");

        Assert.Equal(ObligationsError.UnknownAgency, result.Error);
    }

    [Fact]
    public void For_UnknownPeriod_FailsNamingThePeriods()
    {
        var result = ReportObligations.For(Catalog, "mia", "2023-H1");

        Assert.Equal(ObligationsError.UnknownPeriod, result.Error);
        Assert.Contains("2022-FY", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AgenciesOwing_HalfYear_ListsEveryRegionAndNotTheGroup()
    {
        var owing = ReportObligations.AgenciesOwing(Catalog, "2019-H1");

        Assert.Contains("nsc", owing);
        Assert.Contains("mia", owing);
        Assert.All(Catalog.Agencies.Where(a => a.Kind == AgencyKind.Regional), a => Assert.Contains(a.Code, owing));
        Assert.DoesNotContain("lea", owing);
    }

    [Fact]
    public void AgenciesOwing_UnknownPeriod_IsEmpty()
    {
        var owing = ReportObligations.AgenciesOwing(Catalog, "1999-H1");

        Assert.Empty(owing);
    }

    [Fact]
    public void For_RowCodes_AreUniqueAscii()
    {
        var result = ReportObligations.For(Catalog, "mia", "2019-FY");

        var codes = result.Rows.Select(r => r.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.True(c.All(char.IsAscii)));
    }
}
