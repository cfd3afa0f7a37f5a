using System.CommandLine;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Spm.Cli;
using Spm.Cli.Commands;
using Spm.Core.Status;
using Spm.Core.Status.Reports;
using Spm.Infrastructure.Storage;
using Spm.Testing;

namespace Spm.Integration.Tests.Status.Reports;

/// <summary>
/// The status report of a replayed period, read from the status tables on Azurite: self-contained, every chart drawn,
/// every figure equal to the tables'; written to the <c>statusreports</c> container and by <c>spm report</c>. The same page
/// in a browser is <see cref="StatusReportBrowserTests"/> (scripts/report-check.sh).
/// </summary>
public sealed class StatusReportTests(ReplayedStatus replay) : IClassFixture<ReplayedStatus>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Replay_2019Fy_HasEveryComplianceOutcomeTheReplayIntended()
    {
        var tables = await replay.TablesAsync("2019-FY");

        var statuses = tables.Compliance.ToDictionary(r => r.UnitCode, r => r.Status, StringComparer.Ordinal);
        Assert.All(replay.Intended, intended => Assert.Equal(intended.Value, statuses[intended.Key]));
        Assert.Contains(ComplianceStatus.Missing, statuses.Values);
        Assert.Contains(tables.Indicators, r => r.IsNational && r.Fact is not null);
        Assert.Contains(tables.Finance, r => !r.IsNational && r.Spent > 0);
    }

    [Theory]
    [InlineData("2019-FY", StatusReportLanguage.Kazakh)]
    [InlineData("2019-FY", StatusReportLanguage.Russian)]
    [InlineData("2019-H1", StatusReportLanguage.Kazakh)]
    public async Task Render_ReplayedPeriod_EveryFigureEqualsTheStatusTables(string period, StatusReportLanguage language)
    {
        var tables = await replay.TablesAsync(period);

        var html = await replay.PageAsync(period, language);

        Assert.Empty(StatusReportFigures.Problems(html, tables));
        var figures = StatusReportFigures.Read(html);
        var national = tables.Measures.Where(r => r.IsNational).Select(r => r.Key.RowKey).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(national, figures.Where(f => f.Table == "measurestatus" && f.Attributes.GetValueOrDefault("data-column") == "Plan" && national.Contains(f.Attributes["data-key"])).Select(f => f.Attributes["data-key"]).ToHashSet(StringComparer.Ordinal));
        Assert.Equal(tables.Compliance.Count, figures.Count(f => f.Table == "agencycompliance" && f.Attributes.GetValueOrDefault("data-column") == "Uploads"));
        Assert.Equal(
            tables.Finance.Select(r => r.Key.RowKey).ToHashSet(StringComparer.Ordinal),
            figures.Where(f => f.Table == "programfinance" && f.Attributes.GetValueOrDefault("data-column") == "ExecutionPercent").Select(f => f.Attributes["data-key"]).ToHashSet(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(StatusReportLanguage.Kazakh)]
    [InlineData(StatusReportLanguage.Russian)]
    public async Task Render_ReplayedYear_IsSelfContainedAndEveryChartHasContent(StatusReportLanguage language)
    {
        var html = await replay.PageAsync("2019-FY", language);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex(@"\s(src|href|srcset|action|poster|data)\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex("<(link|iframe|object|embed|img|base)\\b", RegexOptions.IgnoreCase), html);
        Assert.Equal(["http://www.w3.org/2000/svg"], Regex.Matches(html, "https?://[^\"' <]+").Select(m => m.Value).Distinct());
        var charts = Regex.Matches(html, "<svg.*?</svg>", RegexOptions.Singleline).Select(m => m.Value).ToList();
        Assert.Equal(4, charts.Count);
        foreach (var chart in charts)
        {
            var marks = Regex.Matches(chart, "<rect [^>]*width=\"(?<w>[0-9.]+)\"[^>]*data-table=").Select(m => double.Parse(m.Groups["w"].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains(marks, w => w > 0);
        }
    }

    [Fact]
    public async Task Render_ReplayedYear_ListsTheOpenFindingsOfTheRejectedOnlyUnit()
    {
        var rejected = replay.Intended.Single(u => u.Value == ComplianceStatus.RejectedOnly).Key;
        var submissions = replay.Services.GetRequiredService<Core.Submissions.ISubmissionStore>();
        var refused = (await submissions.ListAsync(rejected, "2019-FY", Ct)).Single();
        var findings = await submissions.GetFindingsAsync(refused, Ct);

        var kazakh = await replay.PageAsync("2019-FY", StatusReportLanguage.Kazakh);
        var russian = await replay.PageAsync("2019-FY", StatusReportLanguage.Russian);

        Assert.NotEmpty(findings);
        Assert.Contains(refused.Id, kazakh, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.Contains(Core.Notifications.Email.Html.Escape(f.Kazakh), kazakh, StringComparison.Ordinal));
        Assert.All(findings, f => Assert.Contains(Core.Notifications.Email.Html.Escape(f.Russian), russian, StringComparison.Ordinal));
        Assert.Contains("каталог программы содержит только казахский текст постановления", russian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_AfterARecompute_WritesBothLanguagesIntoTheStatusReportsContainer()
    {
        var service = replay.Services.GetRequiredService<StatusReportService>();
        var tables = await replay.TablesAsync("2019-FY");

        var written = await service.PublishAsync("2019-FY", Ct);

        Assert.Equal(["statusreports/2019-FY.kk.html", "statusreports/2019-FY.ru.html"], written);
        foreach (var (name, lang) in new[] { ("2019-FY.kk.html", "kk"), ("2019-FY.ru.html", "ru") })
        {
            var blob = replay.Storage.Container(Containers.StatusReports).GetBlobClient(name);
            var properties = (await blob.GetPropertiesAsync(cancellationToken: Ct)).Value;
            var html = (await blob.DownloadContentAsync(Ct)).Value.Content.ToString();
            Assert.Equal("text/html; charset=utf-8", properties.ContentType);
            Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
            Assert.Empty(StatusReportFigures.Problems(html, tables));
        }
    }

    [Fact]
    public async Task ReportCommand_ReplayedYearInRussian_WritesThePage()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("spm-report-").FullName, "out", "report.html");
        var (code, stdout, stderr) = await InvokeAsync("report", "--period", "2019-FY", "--lang", "ru", "-o", output, "--storage", replay.ConnectionString, "--now", "2020-02-01T12:00:00+06:00");

        Assert.True(code == CliApp.Ok, stderr);
        var html = await File.ReadAllTextAsync(output, Ct);
        Assert.Contains("<html lang=\"ru\">", html, StringComparison.Ordinal);
        Assert.Contains("01.02.2020 12:00", html, StringComparison.Ordinal);
        Assert.Empty(StatusReportFigures.Problems(html, await replay.TablesAsync("2019-FY")));
        Assert.StartsWith($"Wrote {output} (2019-FY, ru): ", stdout, StringComparison.Ordinal);
        Assert.Contains("1 rejected only", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportCommand_APeriodTheCatalogLacks_IsAUsageError()
    {
        var error = await Assert.ThrowsAsync<UsageException>(() => InvokeAsync("report", "--period", "2031-FY", "-o", "x.html", "--storage", replay.ConnectionString));

        Assert.Contains("no period '2031-FY'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportCommand_ALanguageOtherThanKazakhOrRussian_IsRefusedByTheParser()
    {
        var root = new RootCommand { ReportCommand.Create(new CliContext(TextWriter.Null, TextWriter.Null)) };

        var parsed = root.Parse(["report", "--period", "2019-FY", "--lang", "en", "-o", "x.html"]);

        Assert.NotEmpty(parsed.Errors);
    }

    /// <summary>The command through its factory, as CliApp will run it (the lead wires it into CliApp).</summary>
    private static async Task<(int Code, string Out, string Err)> InvokeAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var root = new RootCommand { ReportCommand.Create(new CliContext(stdout, stderr)) };
        var parsed = root.Parse(args);
        Assert.Empty(parsed.Errors);
        var code = await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, Ct);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
