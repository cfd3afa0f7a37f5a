using Spm.Core.Reporting.Validation;
using Spm.Core.Status;
using static Spm.Core.Tests.Status.Uploads;

namespace Spm.Core.Tests.Status;

public partial class StatusCalculatorTests
{
    [Theory]
    // M-12 (БҒМ) is due by 10 July 2018; the 2018-H1 report is due the same day.
    [InlineData("2018-07-11T00:00:00Z", ExecutionStatus.InProgress, true, 1)]
    [InlineData("2018-07-11T00:00:00Z", ExecutionStatus.NotExecuted, true, 1)]
    [InlineData("2018-07-11T00:00:00Z", ExecutionStatus.Executed, false, null)]
    [InlineData("2018-07-10T17:59:59Z", ExecutionStatus.InProgress, false, null)]
    [InlineData("2018-07-20T00:00:00Z", ExecutionStatus.InProgress, true, 10)]
    public void Compute_OneOffMeasureAfterItsDate_IsOverdueUnlessExecuted(string now, ExecutionStatus reported, bool overdue, int? days)
    {
        var mes = Upload("mes", "2018-H1", "2018-07-02T05:00:00Z");

        var tables = Compute("2018-H1", now, Report(mes, Value("M-12", 1, status: reported)));

        var row = tables.Measures.Single(r => r.MeasureNumber == 12 && r.UnitCode == "mes");
        Assert.Equal(new DateOnly(2018, 7, 10), row.DueDate);
        Assert.Equal((overdue, days, overdue ? 1 : 0), (row.IsOverdue, row.DaysOverdue, row.OverdueCount));
        Assert.Equal(reported, row.ExecutionStatus);
    }

    [Fact]
    public void Compute_OneOffMeasureNeverReported_IsOverdueAndNotReported()
    {
        var tables = Compute("2018-H1", "2018-07-11T00:00:00Z");

        var row = tables.Measures.Single(r => r.MeasureNumber == 12 && r.UnitCode == "mes");

        Assert.Equal((MeasureReportState.NotReported, true, 1), (row.State, row.IsOverdue, row.DaysOverdue));
        Assert.Null(row.ExecutionStatus);
    }

    [Fact]
    public void Compute_MeasureDueInJanuary_NotOverdueInTheHalfYearButInTheYear()
    {
        var mia = Upload("mia", "2018-FY", "2019-01-09T05:00:00Z");

        var halfYear = Compute("2018-H1", "2018-08-01T00:00:00Z");
        var year = Compute("2018-FY", "2019-01-11T00:00:00Z", Report(mia, Value("M-62", 0, status: ExecutionStatus.NotExecuted, comment: "x")));

        Assert.All(halfYear.Measures.Where(r => r.MeasureNumber == 62), r => Assert.Equal((false, (DateOnly?)null), (r.IsOverdue, r.DueDate)));
        var national = year.Measures.Single(r => r.MeasureNumber == 62 && r.IsNational);
        Assert.Equal(new DateOnly(2019, 1, 10), national.DueDate);
        Assert.Equal((true, 2, 1), (national.IsOverdue, national.OverdueCount, national.DaysOverdue));
        Assert.Equal(("nsc", 1, 1), (national.NotReportedUnits, national.NotReportedCount, national.NotExecutedCount));
        Assert.Equal(MeasureReportState.PartlyReported, national.State);
    }

    [Fact]
    public void Compute_RegionalMoneyMeasure_NationalLineSumsTheRegions()
    {
        // M-47 (ЖБ) in 2019: 8 409,6 planned; Ақтөбе 3 410,8, Алматы облысы 3 965,5, Жамбыл 200,0.
        var reports = new[]
        {
            Report(Upload("aktobe", "2019-FY", "2020-01-08T05:00:00Z"), Value("M-47", 3410.8m, 3069.72m, ExecutionStatus.Executed)),
            Report(Upload("almaty-region", "2019-FY", "2020-01-08T05:00:00Z"), Value("M-47", 3965.5m, 3965.5m, ExecutionStatus.Executed)),
            Report(Upload("zhambyl", "2019-FY", "2020-01-08T05:00:00Z"), Value("M-47", 150, 150, ExecutionStatus.InProgress)),
        };

        var tables = Compute("2019-FY", "2020-02-01T00:00:00Z", reports);

        var rows = tables.Measures.Where(r => r.MeasureNumber == 47).ToList();
        Assert.Equal(17, rows.Count);
        var national = rows[0];
        Assert.Equal(("all", true, "ЖБ", true), (national.UnitCode, national.IsNational, national.Source, national.IsMoney));
        Assert.Equal(8409.6, national.Plan);
        Assert.Equal(7185.22, national.Spent!.Value, 9); // 3 069,72 + 3 965,5 + 150
        Assert.Equal(85.4407, national.BudgetExecutionPercent!.Value, 4);
        Assert.Equal(7526.3, national.Fact!.Value, 9);
        Assert.Null(national.SpentOutsideLine);
        Assert.Equal((16, 3, 2, 1, 0, 13), (national.UnitsOwing, national.UnitsReported, national.ExecutedCount, national.InProgressCount, national.NotExecutedCount, national.NotReportedCount));
        Assert.Equal(MeasureReportState.PartlyReported, national.State);
        var aktobe = rows.Single(r => r.UnitCode == "aktobe");
        Assert.Equal(3410.8, aktobe.Plan);
        Assert.Equal(90, aktobe.BudgetExecutionPercent!.Value, 9);
        Assert.True(aktobe.CountsInNationalLine);
        var kostanay = rows.Single(r => r.UnitCode == "kostanay");
        Assert.Equal((MeasureReportState.NotReported, (double?)null), (kostanay.State, kostanay.Plan));
        var units = rows.Skip(1).ToList();
        Assert.Equal(national.ExecutedCount, units.Sum(r => r.ExecutedCount));
        Assert.Equal(national.NotReportedCount, units.Sum(r => r.NotReportedCount));
    }

    [Fact]
    public void Compute_CentralCoExecutorOfARegionalMeasure_IsShownButNotSummed()
    {
        // M-14: 30 units a year, divided between the regions; БҒМ and ДІАҚМ take part with the whole plan as theirs.
        var reports = new[]
        {
            Report(Upload("akmola", "2019-FY", "2020-01-08T05:00:00Z"), Value("M-14", 1)),
            Report(Upload("aktobe", "2019-FY", "2020-01-08T05:00:00Z"), Value("M-14", 2)),
            Report(Upload("mes", "2019-FY", "2020-01-08T05:00:00Z"), Value("M-14", 30)),
        };

        var tables = Compute("2019-FY", "2020-02-01T00:00:00Z", reports);

        var national = tables.Measures.Single(r => r.MeasureNumber == 14 && r.IsNational);
        Assert.Equal((30.0, 3.0, 10.0), (national.Plan!.Value, national.Fact!.Value, national.FactPercent!.Value));
        Assert.Equal(18, national.UnitsOwing);
        var mes = tables.Measures.Single(r => r.MeasureNumber == 14 && r.UnitCode == "mes");
        Assert.Equal((false, 30.0, 100.0), (mes.CountsInNationalLine, mes.Plan!.Value, mes.FactPercent!.Value));
    }

    [Fact]
    public void Compute_MoneyOutsideTheMeasuresPlan_IsShownApartFromItsExecution()
    {
        // M-4: ДІАҚМ's sub-row holds the 25,3 (РБ); the regions' sub-row is «көзделген қаражат шегінде».
        var reports = new[]
        {
            Report(Upload("mrcs", "2019-FY", "2020-01-08T05:00:00Z"), Value("M-4", 20.24m, 20.24m)),
            Report(Upload("akmola", "2019-FY", "2020-01-08T05:00:00Z"), Value("M-4", 5, 5)),
        };

        var tables = Compute("2019-FY", "2020-02-01T00:00:00Z", reports);

        var national = tables.Measures.Single(r => r.MeasureNumber == 4 && r.IsNational);
        Assert.Equal(20.24, national.Spent!.Value, 9);
        Assert.Equal(80, national.BudgetExecutionPercent!.Value, 9);
        Assert.Equal(5, national.SpentOutsideLine!.Value, 9);
        var akmola = tables.Measures.Single(r => r.MeasureNumber == 4 && r.UnitCode == "akmola");
        Assert.Equal((false, (double?)null, (double?)null), (akmola.CountsInNationalLine, akmola.Plan, akmola.BudgetExecutionPercent));
    }

    [Fact]
    public void Compute_MeasureWithoutUnit_NationalFactIsNotSummed()
    {
        var reports = new[] { Report(Upload("mrcs", "2019-FY", "2020-01-08T05:00:00Z"), Value("M-1", 3, status: ExecutionStatus.Executed)) };

        var tables = Compute("2019-FY", "2020-02-01T00:00:00Z", reports);

        var national = tables.Measures.Single(r => r.MeasureNumber == 1 && r.IsNational);
        Assert.Null(national.Fact);
        Assert.Equal(1, national.ExecutedCount);
        Assert.Equal(3, tables.Measures.Single(r => r.MeasureNumber == 1 && r.UnitCode == "mrcs").Fact);
    }

    [Fact]
    public void ComputeAll_AnyPeriod_NoClassifiedOrIncompleteMeasureHasARow()
    {
        var hidden = Catalog.Measures.Where(m => m.Classified || m.Incomplete).Select(m => m.Number).ToHashSet();
        var calculator = new StatusCalculator(new StatusThresholds(), new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Utc("2023-02-01T00:00:00Z")));

        var rows = calculator.ComputeAll(new StatusInputs(Catalog, [], [])).Measures;

        Assert.Equal(27, hidden.Count);
        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, r => hidden.Contains(r.MeasureNumber));
    }
}
