using Microsoft.Extensions.Time.Testing;
using Spm.Core.Catalog;
using Spm.Core.Reporting.Validation;
using Spm.Core.Status;
using Spm.Core.Submissions;
using static Spm.Core.Tests.Status.Uploads;

namespace Spm.Core.Tests.Status;

/// <summary>The calculator over the real catalog; one file per fact table, this one for what holds across them.</summary>
public partial class StatusCalculatorTests
{
    private static readonly ProgramCatalog Catalog = CatalogJson.LoadEmbedded().Catalog;

    [Fact]
    public void ComputeAll_Scenario_EqualsEachPeriodComputedOnItsOwn()
    {
        var (submissions, reports) = MixedScenario();
        var inputs = new StatusInputs(Catalog, submissions, reports);
        var calculator = new StatusCalculator(new StatusThresholds(), new FakeTimeProvider(Utc("2020-02-01T00:00:00Z")));

        var all = calculator.ComputeAll(inputs);
        var each = Catalog.Periods.Select(p => calculator.Compute(inputs, p.Code)).ToList();

        Assert.Equal(each.SelectMany(t => t.Indicators), all.Indicators);
        Assert.Equal(each.SelectMany(t => t.Measures), all.Measures);
        Assert.Equal(each.SelectMany(t => t.Compliance), all.Compliance);
        Assert.Equal(each.SelectMany(t => t.Finance), all.Finance);
        Assert.Contains(all.Compliance, r => r.Status == ComplianceStatus.Late);
        Assert.Contains(all.Indicators, r => r.Status == IndicatorStatus.OnTrack);
    }

    [Fact]
    public void ComputeAll_InputsInAnotherOrder_GiveTheSameRowsInTheSameOrder()
    {
        var (submissions, reports) = MixedScenario();
        var calculator = new StatusCalculator(new StatusThresholds(), new FakeTimeProvider(Utc("2020-02-01T00:00:00Z")));

        var forward = calculator.ComputeAll(new StatusInputs(Catalog, submissions, reports));
        var backward = calculator.ComputeAll(new StatusInputs(Catalog, [.. submissions.AsEnumerable().Reverse()], [.. reports.AsEnumerable().Reverse()]));

        Assert.Equal(forward.Indicators, backward.Indicators);
        Assert.Equal(forward.Measures, backward.Measures);
        Assert.Equal(forward.Compliance, backward.Compliance);
        Assert.Equal(forward.Finance, backward.Finance);
    }

    [Fact]
    public void ComputeAll_NoReports_EveryKeyIsUniqueAndPartitionedByPeriod()
    {
        var calculator = new StatusCalculator(new StatusThresholds(), new FakeTimeProvider(Utc("2020-02-01T00:00:00Z")));

        var all = calculator.ComputeAll(new StatusInputs(Catalog, [], []));

        AssertKeys(all.Indicators.Select(r => (r.Key, r.PeriodCode)).ToList());
        AssertKeys(all.Measures.Select(r => (r.Key, r.PeriodCode)).ToList());
        AssertKeys(all.Compliance.Select(r => (r.Key, r.PeriodCode)).ToList());
        AssertKeys(all.Finance.Select(r => (r.Key, r.PeriodCode)).ToList());
    }

    [Fact]
    public void Compute_TwoReportsInForceForOneUnit_UsesTheLaterUpload()
    {
        var first = Upload("nsc", "2019-FY", "2020-01-05T05:00:00Z");
        var second = Upload("nsc", "2019-FY", "2020-01-20T05:00:00Z");

        var tables = Compute("2019-FY", "2020-02-01T00:00:00Z", Report(second, Value("TI-1", 20)), Report(first, Value("TI-1", 10)));

        var row = tables.Indicators.Single(r => r.IndicatorCode == "TI-1");
        Assert.Equal(20, row.Fact);
        Assert.Equal(second.Id, row.SubmissionId);
    }

    [Fact]
    public void Compute_UnknownPeriod_Throws()
    {
        var calculator = new StatusCalculator(new StatusThresholds(), TimeProvider.System);

        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => calculator.Compute(new StatusInputs(Catalog, [], []), "2023-H1"));

        Assert.Contains("2022-FY", thrown.Message, StringComparison.Ordinal);
    }

    private static StatusTables Compute(string period, string now, params AcceptedReport[] reports) =>
        Compute(period, now, [.. reports.Select(r => r.Submission)], reports);

    private static StatusTables Compute(
        string period, string now, IReadOnlyList<Submission> submissions, IReadOnlyList<AcceptedReport> reports, ProgramCatalog? catalog = null) =>
        new StatusCalculator(new StatusThresholds(), new FakeTimeProvider(Utc(now)))
            .Compute(new StatusInputs(catalog ?? Catalog, submissions, reports), period);

    private static void AssertKeys(List<(StatusRowKey Key, string Period)> rows)
    {
        Assert.NotEmpty(rows);
        Assert.Equal(rows.Count, rows.Select(r => r.Key).Distinct().Count());
        Assert.All(rows, r => Assert.Equal(r.Period, r.Key.PartitionKey));
    }

    // Uploads over several periods: on time, late, corrected, rejected, for indicators, measures and money.
    private static (List<Submission> Submissions, List<AcceptedReport> Reports) MixedScenario()
    {
        var nscH1 = Upload("nsc", "2019-H1", "2019-07-08T04:00:00Z");
        var nscFy = Upload("nsc", "2019-FY", "2020-01-15T04:00:00Z");
        var akmolaFy = Upload("akmola", "2019-FY", "2020-01-09T04:00:00Z");
        var akmolaFix = Upload("akmola", "2019-FY", "2020-01-25T04:00:00Z");
        var rejected = Upload("aktobe", "2019-FY", "2020-01-09T04:00:00Z", SubmissionOutcome.Rejected);
        var mia = Upload("mia", "2018-FY", "2019-01-09T04:00:00Z");
        var submissions = new List<Submission> { nscH1, nscFy, akmolaFy, akmolaFix, rejected, mia };
        var reports = new List<AcceptedReport>
        {
            Report(nscH1, Value("TI-3", 90.45m), Value("RI-2.2", 101)),
            Report(nscFy, Value("TI-3", 92), Value("RI-2.2", 85)),
            Report(akmolaFix, Value("RI-1.1", 80), Value("M-47", 24, 20, ExecutionStatus.Executed), Value("M-14", 1)),
            Report(mia, Value("M-42", 7000, 7000), Value("M-62", 1, status: ExecutionStatus.NotExecuted)),
        };
        return (submissions, reports);
    }
}
