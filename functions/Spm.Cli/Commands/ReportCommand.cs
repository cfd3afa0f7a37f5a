using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Spm.Core.Status;
using Spm.Core.Status.Reports;

namespace Spm.Cli.Commands;

/// <summary><c>spm report</c>: a period's status as one self-contained HTML page, from the status tables as they are.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var period = CliOptions.Period("The period to report (e.g. 2019-H1, 2019-FY).");
        var language = new Option<string>("--lang")
        {
            Description = "The report's language: kk (Kazakh, the default) or ru (Russian; the catalog's names stay Kazakh).",
            HelpName = "kk|ru",
            DefaultValueFactory = _ => "kk",
        };
        language.AcceptOnlyFromAmong("kk", "ru");
        var output = CliOptions.Output("Where to write the HTML page (prints to A4 from any browser).");
        var storage = CliOptions.Storage();
        var now = CliOptions.Now("The instant the report says it is as of (default: now); the tables are read as they are, not recomputed.");
        var command = new Command("report", "Writes a period's status report: indicators against plan and baseline, budget execution, measures, agency compliance and open findings, in one HTML file.")
        {
            period, language, output, storage, now,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            context,
            result.GetValue(period)!,
            result.GetValue(language) == "ru" ? StatusReportLanguage.Russian : StatusReportLanguage.Kazakh,
            result.GetValue(output)!,
            result.GetValue(storage),
            result.GetValue(now),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, string period, StatusReportLanguage language, string output, string? storage, DateTimeOffset? now, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build(now, storage);
        StatusReportData data;
        try
        {
            data = await services.GetRequiredService<StatusReportService>().ReadAsync(period, cancellationToken);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        var tables = data.Tables;
        if (tables.Indicators.Count + tables.Measures.Count + tables.Compliance.Count + tables.Finance.Count == 0)
        {
            await context.Error.WriteLineAsync($"spm: the status tables hold no rows for {period}; nothing to report. The pipeline recomputes a period's status on every upload's outcome.");
            return CliApp.DataError;
        }

        var html = StatusReport.Render(data, language);
        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        await File.WriteAllTextAsync(output, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
        var compliance = string.Join(", ", tables.Compliance.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Name(g.Key)}"));
        await context.Out.WriteLineAsync(
            $"Wrote {output} ({period}, {StatusReport.Code(language)}): {tables.Indicators.Count(r => r.IsNational)} indicator(s), "
            + $"{tables.Measures.Count(r => r.IsNational)} measure line(s), {tables.Compliance.Count} reporting unit(s) ({compliance}), "
            + $"{data.OpenFindings.Sum(f => f.Findings.Count)} open finding(s).");
        return CliApp.Ok;
    }

    private static string Name(ComplianceStatus status) => status switch
    {
        ComplianceStatus.NotDue => "not due",
        ComplianceStatus.OnTime => "on time",
        ComplianceStatus.Late => "late",
        ComplianceStatus.Missing => "missing",
        ComplianceStatus.RejectedOnly => "rejected only",
        _ => status.ToString(),
    };
}
