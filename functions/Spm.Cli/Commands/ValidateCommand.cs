using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;
using Spm.Core.Workbooks;
using Spm.Infrastructure;
using Spm.Infrastructure.Templates;

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

    public static async Task<int> RunAsync(CommandLine cl, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var agency = cl.Required("--agency");
        var json = cl.Flag("--json");
        var feedbackPath = cl.Value("--feedback");
        var now = ParseNow(cl.Value("--now"));
        cl.EnsureAllUsed(words: 1);
        if (cl.Words.Count != 1)
        {
            throw new UsageException("validate needs the workbook: spm validate FILE.xlsx --agency CODE.");
        }

        var file = cl.Words[0];
        var catalog = CatalogJson.LoadEmbedded();
        if (!catalog.Catalog.Agencies.Any(a => a.Code == agency && a.Kind != AgencyKind.Group))
        {
            await stderr.WriteLineAsync($"spm: unknown agency '{agency}'. Agencies: {string.Join(", ", catalog.Catalog.Agencies.Where(a => a.Kind != AgencyKind.Group).Select(a => a.Code))}.");
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

        ValidationResult result;
        await using (stream)
        {
            var opening = await WorkbookReaders.Create().OpenAsync(stream, cancellationToken);
            if (!opening.IsOpen)
            {
                result = new ValidationResult(agency, null, [Finding.FromProblem(opening.Problem)], [], ContainsClassified: false);
            }
            else
            {
                using var workbook = opening.Workbook;
                var clock = now is null ? TimeProvider.System : new FixedClock(now.Value);
                result = new ReportValidator(catalog, clock).Validate(workbook, agency, cancellationToken);
            }
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
            await WriteFeedbackAsync(feedbackPath, catalog, result, json ? stderr : stdout, cancellationToken);
        }

        return result.Accepted ? CliApp.Ok : CliApp.DataError;
    }

    private static async Task WriteFeedbackAsync(string path, LoadedCatalog catalog, ValidationResult result, TextWriter log, CancellationToken cancellationToken)
    {
        if (result.ContainsClassified)
        {
            // Nothing of a workbook that names a classified measure is copied anywhere.
            await log.WriteLineAsync("No feedback workbook: the file names a classified measure and is not copied.");
            return;
        }

        var obligations = result.Agency is { } a && result.Period is { } p ? ReportObligations.For(catalog.Catalog, a, p) : null;
        if (obligations is not { Succeeded: true })
        {
            await log.WriteLineAsync("No feedback workbook: the file is not a template of this program (see the findings).");
            return;
        }

        try
        {
            await using var output = File.Create(path);
            await ReportTemplateWriter.WriteAsync(output, catalog, obligations, result, cancellationToken);
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

    private static DateTimeOffset? ParseNow(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var now)
            ? now
            : throw new UsageException($"--now takes an ISO date or date-time, e.g. 2019-07-05 or 2019-07-05T12:00:00+06:00; got '{text}'.");
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>The clock setting: validation runs as if it were <c>--now</c>, so past periods can be replayed.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
