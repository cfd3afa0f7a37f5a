using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Spm.Core.Catalog;
using Spm.Core.Reporting.Validation;
using Spm.Core.Status;
using Spm.Core.Status.Dimensions;
using Spm.Core.Status.Reports;
using Spm.Core.Submissions;
using Spm.Testing;
using static Spm.Core.Tests.Status.Uploads;

namespace Spm.Core.Tests.Status.Reports;

/// <summary>The status report rendered from rows the calculator computes, as the tables would hold them.</summary>
public sealed class StatusReportTests
{
    private static readonly ProgramCatalog Catalog = TestCatalogs.Decree;

    [Theory]
    [InlineData(StatusReportLanguage.Kazakh)]
    [InlineData(StatusReportLanguage.Russian)]
    public void Render_AYearWithReports_EveryFigureEqualsTheTables(StatusReportLanguage language)
    {
        var data = Year();

        var html = StatusReport.Render(data, language);

        Assert.Empty(StatusReportFigures.Problems(html, data.Tables));
        var figures = StatusReportFigures.Read(html);
        Assert.True(figures.Count > 300, $"{figures.Count} figures");
        // By hand (docs/status-rules.md): Aktobe's M-47 plan for 2019 is 3 410,8; 3 069,72 spent is 90 %.
        Assert.Contains(figures, f => f is { Table: "measurestatus", Value: "90", Text: "90,0\u00A0%" } && f.Attributes["data-key"] == "M-047|aktobe");
        Assert.Contains(figures, f => f.Attributes.GetValueOrDefault("data-where") == "Status=RejectedOnly" && f.Value == "1");
    }

    [Theory]
    [InlineData(StatusReportLanguage.Kazakh)]
    [InlineData(StatusReportLanguage.Russian)]
    public void Render_AYearWithReports_IsSelfContainedWithEveryChartDrawn(StatusReportLanguage language)
    {
        var html = StatusReport.Render(Year(), language);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.Single(Regex.Matches(html, "<style>"));
        var charts = Regex.Matches(html, "<svg.*?</svg>", RegexOptions.Singleline).Select(m => m.Value).ToList();
        Assert.Equal(4, charts.Count);
        Assert.All(charts, chart => Assert.Contains(Regex.Matches(chart, "<rect [^>]*data-table=\"[^\"]+\"[^>]*>"), m => !m.Value.Contains("width=\"0\"", StringComparison.Ordinal)));
        Assert.Contains("@page { size: A4;", html, StringComparison.Ordinal);
        Assert.Contains("thead { display: table-header-group; }", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Russian_SaysTheCatalogsNamesAreKazakh()
    {
        var data = Year();

        var russian = StatusReport.Render(data, StatusReportLanguage.Russian);
        var kazakh = StatusReport.Render(data, StatusReportLanguage.Kazakh);

        Assert.Contains("<html lang=\"ru\">", russian, StringComparison.Ordinal);
        Assert.Contains("каталог программы содержит только казахский текст постановления", russian, StringComparison.Ordinal);
        Assert.Contains("<td class=\"name\" lang=\"kk\">", russian, StringComparison.Ordinal);
        Assert.Contains("Исполнительская дисциплина", russian, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"kk\">", kazakh, StringComparison.Ordinal);
        Assert.Contains("Есеп тапсыру тәртібі", kazakh, StringComparison.Ordinal);
        Assert.DoesNotContain("казахский текст", kazakh, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OpenFindings_ShowsTheRejectedOnlyUnitsFindingsEscapedInTheReportsLanguage()
    {
        var data = Year();

        var russian = StatusReport.Render(data, StatusReportLanguage.Russian);
        var kazakh = StatusReport.Render(data, StatusReportLanguage.Kazakh);

        Assert.Contains("В ячейке &lt;script&gt; не число", russian, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt; ұяшығында сан жоқ", kazakh, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", russian, StringComparison.Ordinal);
        Assert.Contains(data.OpenFindings[0].Submission.Id, kazakh, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_APeriodNeverComputed_SaysSoWithoutChartsOrFigures()
    {
        var data = Year() with { Tables = new StatusTables([], [], [], []), OpenFindings = [] };

        var html = StatusReport.Render(data, StatusReportLanguage.Kazakh);

        Assert.Contains("мәртебе әлі есептелмеген", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.Empty(StatusReportFigures.Read(html));
    }

    [Fact]
    public void BlobName_KazakhAndRussian_ArePeriodDotLanguage()
    {
        Assert.Equal("2019-FY.kk.html", StatusReport.BlobName("2019-FY", StatusReportLanguage.Kazakh));
        Assert.Equal("2019-FY.ru.html", StatusReport.BlobName("2019-FY", StatusReportLanguage.Russian));
    }

    /// <summary>2019-FY on 1 February 2020: two units on time, one late, one rejected only, the rest missing.</summary>
    private static StatusReportData Year()
    {
        var nsc = Upload("nsc", "2019-FY", "2020-01-08T04:00:00Z");
        var mia = Upload("mia", "2019-FY", "2020-01-09T04:00:00Z");
        var aktobe = Upload("aktobe", "2019-FY", "2020-01-14T04:00:00Z");
        var atyrau = Upload("atyrau", "2019-FY", "2020-01-09T04:00:00Z", SubmissionOutcome.Rejected) with { Errors = 1, Rule = "cell.not-number" };
        var reports = new List<AcceptedReport>
        {
            Report(nsc, Value("TI-3", 92), Value("RI-2.2", 85)),
            Report(mia, Value("M-42", 7000, 7000, ExecutionStatus.Executed)),
            Report(aktobe, Value("RI-1.1", 76), Value("M-44", 300, 300), Value("M-47", 3069.72m, 3069.72m, ExecutionStatus.Executed), Value("M-61", 3000, 3000), Value("M-63", 7, 7)),
        };
        var calculator = new StatusCalculator(new StatusThresholds(), new FakeTimeProvider(Utc("2020-02-01T00:00:00Z")));
        var tables = calculator.Compute(new StatusInputs(Catalog, [nsc, mia, aktobe, atyrau], reports), "2019-FY");
        var finding = new Finding(FindingSeverity.Error, "cell.not-number", "Есеп", "F12", "M-44", "<script> ұяшығында сан жоқ", "В ячейке <script> не число", "F12 is not a number");
        return new StatusReportData
        {
            Catalog = Catalog,
            Period = Catalog.Periods.Single(p => p.Code == "2019-FY"),
            Tables = tables,
            Dimensions = CatalogDimensions.Build(Catalog),
            Submissions = [nsc, mia, aktobe, atyrau],
            OpenFindings = [new RefusedUpload(atyrau, [finding])],
            AsOfUtc = Utc("2020-02-01T00:00:00Z"),
        };
    }
}
