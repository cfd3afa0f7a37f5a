using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;
using Spm.Core.Workbooks;

namespace Spm.Cli.Commands;

/// <summary><c>spm validate</c>: checks a filled report as the pipeline would, before the agency uploads it.</summary>
internal static class ValidateCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The filled report workbook (.xlsx)." };
        var agency = CliOptions.Agency("The agency whose folder the file would be uploaded to.");
        var json = CliOptions.Json("Print the verdict and every finding as JSON (with \"storable\").");
        var feedback = new Option<string?>("--feedback") { Description = "Write the report back with each finding marked on its cell and a findings sheet.", HelpName = "OUT.xlsx" };
        var now = CliOptions.Now("Validate as of another date (Asia/Almaty), to replay past periods.");
        var command = new Command("validate", "Checks a filled report as the pipeline would: every finding with its cell, rule and Kazakh and Russian message; exit 0 when acceptable, 1 when rejected.")
        {
            file, agency, json, feedback, now,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(file)!, result.GetValue(agency)!, result.GetValue(json), result.GetValue(feedback), result.GetValue(now), context.Out, context.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string file, string agency, bool json, string? feedbackPath, DateTimeOffset? now, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build(now);
        var catalog = services.GetRequiredService<LoadedCatalog>();
        if (!catalog.Catalog.Agencies.Any(a => a.Code == agency && a.Kind != AgencyKind.Group))
        {
            await stderr.WriteLineAsync($"spm: unknown agency '{agency}'. Agencies: {string.Join(", ", catalog.Catalog.Agencies.Where(a => a.Kind != AgencyKind.Group).Select(a => a.Code))}.");
            return CliApp.DataError;
        }

        if (Directory.Exists(file))
        {
            await stderr.WriteLineAsync($"spm: {file}: бұл файл емес, қалта / это папка, а не файл. Есеп файлын (.xlsx) көрсетіңіз / Укажите файл отчёта (.xlsx).");
            return CliApp.DataError;
        }

        FileStream stream;
        try
        {
            stream = File.OpenRead(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"spm: cannot read {file}: {e.Message}");
            return CliApp.DataError;
        }

        var check = services.GetRequiredService<ReportCheck>();
        ValidationResult result;
        await using (stream)
        {
            result = await check.CheckAsync(stream, agency, cancellationToken);
        }

        if (json)
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(ToJson(file, result), Json).AsMemory(), cancellationToken);
        }
        else
        {
            await WriteTextAsync(stdout, file, result, cancellationToken);
        }

        if (feedbackPath is not null)
        {
            await WriteFeedbackAsync(feedbackPath, check, catalog, result, json ? stderr : stdout, cancellationToken);
        }

        return result.Accepted ? CliApp.Ok : CliApp.DataError;
    }

    private static async Task WriteFeedbackAsync(string path, ReportCheck check, LoadedCatalog catalog, ValidationResult result, TextWriter log, CancellationToken cancellationToken)
    {
        if (ReportCheck.WhyNoFeedback(result, catalog.Catalog) is { } why)
        {
            // Nothing of a file that is not storable is copied anywhere.
            await log.WriteLineAsync($"No feedback workbook: {why}.");
            return;
        }

        try
        {
            await using var output = File.Create(path);
            await check.WriteFeedbackAsync(result, output, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await log.WriteLineAsync($"No feedback workbook: cannot write {path}: {e.Message}");
            return;
        }

        await log.WriteLineAsync($"Feedback workbook: {path}");
    }

    private static async Task WriteTextAsync(TextWriter stdout, string file, ValidationResult result, CancellationToken cancellationToken)
    {
        var verdict = result.Accepted ? "ACCEPTED" : "REJECTED";
        await stdout.WriteLineAsync(Inv($"{file}: {verdict} — {result.Errors} error(s), {result.Warnings} warning(s); agency {result.Agency ?? "?"}, period {result.Period ?? "?"}, {result.Values.Count} row(s) read.").AsMemory(), cancellationToken);
        foreach (var f in result.Findings)
        {
            var where = f.Cell is null ? f.Sheet ?? "file" : $"{f.Sheet}!{f.Cell}";
            var severity = f.Severity == FindingSeverity.Error ? "error" : "warning";
            await stdout.WriteLineAsync($"  {severity,-7} {where,-14} {f.RowCode ?? "",-8} {f.RuleId}".AsMemory(), cancellationToken);
            await stdout.WriteLineAsync($"          kk: {f.Kazakh}".AsMemory(), cancellationToken);
            await stdout.WriteLineAsync($"          ru: {f.Russian}".AsMemory(), cancellationToken);
        }
    }

    private static object ToJson(string file, ValidationResult r) => new
    {
        file,
        accepted = r.Accepted,
        storable = r.Storable,
        agency = r.Agency,
        period = r.Period,
        errors = r.Errors,
        warnings = r.Warnings,
        rows = r.Values.Count,
        findings = r.Findings.Select(f => new
        {
            severity = f.Severity == FindingSeverity.Error ? "error" : "warning",
            rule = f.RuleId,
            sheet = f.Sheet,
            cell = f.Cell,
            rowCode = f.RowCode,
            kk = f.Kazakh,
            ru = f.Russian,
            en = f.English,
        }),
    };

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
