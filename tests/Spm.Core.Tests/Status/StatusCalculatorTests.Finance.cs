using Spm.Core.Status;
using static Spm.Core.Tests.Status.Uploads;

namespace Spm.Core.Tests.Status;

public partial class StatusCalculatorTests
{
    [Fact]
    public void Compute_Finance2018_PlannedIsTheVisibleMoneyAsTheCatalogStatesIt()
    {
        var tables = Compute("2018-FY", "2019-02-01T00:00:00Z");

        var rows = tables.Finance.ToDictionary(r => r.Key.RowKey);
        // РБ 2018, by hand: M-4 25,3 + M-6 15,8 + M-7 20,0 + M-9 42,1 + M-10 29,2 + M-11 11,7 + M-17 95,7 + M-39 20,9
        // + M-40 5,1 + M-42 7 647,2 + M-43 2 094,5 + M-48 260,2 (M-28 has no 2018 money) = 10 267,7 of the stated 52 306,6.
        var republican = rows["Republican|all"];
        Assert.Equal((10267.7, 52306.6, 12), (republican.Planned!.Value, republican.StatedPlan!.Value, republican.MeasuresPlanned));
        // Units counted: M-4 1 + M-6 17 + M-7 1 + M-9 2 + M-10 18 + M-11 1 + M-17 17 + M-39 2 + M-40 1 + M-42 1 + M-43 1 + M-48 1.
        Assert.Equal((63, 0), (republican.ReportsExpected, republican.ReportsReceived));
        Assert.Null(republican.Spent);
        // ЖБ 2018: M-44 3 229,5 + M-47 15 990,4 + M-61 4 406,7 + M-63 358,2 = 23 984,8; the decree states 23 984,7.
        var local = rows["Local|all"];
        Assert.Equal((23984.8, 23984.7, 4, 64), (local.Planned!.Value, local.StatedPlan!.Value, local.MeasuresPlanned, local.ReportsExpected));
        // Ақтөбе: 337,0 + 5 892,9 + 3 227,0 + 7,0.
        Assert.Equal((9463.9, 4, false), (rows["Local|aktobe"].Planned!.Value, rows["Local|aktobe"].ReportsExpected, rows["Local|aktobe"].IsNational));
        Assert.Null(rows["Local|kostanay"].Planned);
        Assert.Null(rows["Local|aktobe"].StatedPlan);
        Assert.Equal(2 + 16, tables.Finance.Count); // no regional РБ measures, so no regional РБ rows
    }

    [Fact]
    public void Compute_Finance2021_CountsPlansOutsideAMeasuresReportingYears()
    {
        var tables = Compute("2021-FY", "2022-02-01T00:00:00Z");

        // M-4 25,3 + M-6 15,8 + M-7 20,0 + M-9 42,5 + M-10 29,2 + M-11 11,7 + M-17 95,7 + M-28 18,0 + M-39 3,8
        // + M-40 5,1 (reported 2018–2020 only) + M-42 21 985,1 + M-43 1 920,2 + M-48 546,7 = 24 719,1.
        var republican = tables.Finance.Single(r => r.Key.RowKey == "Republican|all");
        Assert.Equal(24719.1, republican.Planned!.Value, 9);
        Assert.Equal(13, republican.MeasuresPlanned);
    }

    [Fact]
    public void Compute_FinanceSpent_SumsTheYearReports()
    {
        var aktobe = Upload("aktobe", "2018-FY", "2019-01-08T05:00:00Z");
        var zhambyl = Upload("zhambyl", "2018-FY", "2019-01-08T05:00:00Z");
        var mia = Upload("mia", "2018-FY", "2019-01-08T05:00:00Z");

        var tables = Compute(
            "2018-FY",
            "2019-02-01T00:00:00Z",
            Report(aktobe, Value("M-44", 300, 300), Value("M-47", 5000, 5000), Value("M-61", 3000, 3000), Value("M-63", 7, 7)),
            Report(zhambyl, Value("M-47", 200, 200)),
            Report(mia, Value("M-42", 7000, 7000), Value("M-43", 2000, 2000), Value("M-48", 260.2m, 260.2m)));

        var rows = tables.Finance.ToDictionary(r => r.Key.RowKey);
        Assert.Equal(8307, rows["Local|aktobe"].Spent!.Value, 9);
        Assert.Equal(87.7757, rows["Local|aktobe"].ExecutionPercent!.Value, 4); // 8 307 ÷ 9 463,9
        Assert.Equal((8507.0, 5), (rows["Local|all"].Spent!.Value, rows["Local|all"].ReportsReceived));
        Assert.Equal(9260.2, rows["Republican|all"].Spent!.Value, 9);
        Assert.Equal(90.1877, rows["Republican|all"].ExecutionPercent!.Value, 4); // 9 260,2 ÷ 10 267,7
        Assert.Null(rows["Local|kostanay"].Spent);
    }

    [Fact]
    public void Compute_FinanceHalfYear_IsItsOwnRowAndNotAddedToTheYear()
    {
        var h1 = Upload("aktobe", "2018-H1", "2018-07-08T05:00:00Z");
        var fy = Upload("aktobe", "2018-FY", "2019-01-08T05:00:00Z");
        var reports = new[] { Report(h1, Value("M-47", 2000, 2000)), Report(fy, Value("M-47", 5000, 5000)) };

        var halfYear = Compute("2018-H1", "2019-02-01T00:00:00Z", reports);
        var year = Compute("2018-FY", "2019-02-01T00:00:00Z", reports);

        var h1Row = halfYear.Finance.Single(r => r.Key.RowKey == "Local|aktobe");
        Assert.Equal((2000.0, 9463.9, "H1"), (h1Row.Spent!.Value, h1Row.Planned!.Value, h1Row.PeriodKind));
        Assert.Equal(5000, year.Finance.Single(r => r.Key.RowKey == "Local|aktobe").Spent);
    }
}
