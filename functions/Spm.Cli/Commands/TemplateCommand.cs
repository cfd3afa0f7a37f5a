using System.Globalization;
using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Infrastructure.Templates;

namespace Spm.Cli.Commands;

/// <summary><c>spm template</c> and <c>spm templates</c>: report templates for one agency, or for every agency that owes a report.</summary>
internal static class TemplateCommand
{
    public static async Task<int> RunOneAsync(CommandLine cl, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var agency = cl.Required("--agency");
        var period = cl.Required("--period");
        var output = Output(cl) ?? throw new UsageException("-o FILE is required.");
        cl.EnsureAllUsed();

        var loaded = CatalogJson.LoadEmbedded();
        var obligations = ReportObligations.For(loaded.Catalog, agency, period);
        if (!obligations.Succeeded)
        {
            await stderr.WriteLineAsync($"spm: {obligations.Message}");
            return CliApp.DataError;
        }

        if (obligations.Rows.Count == 0)
        {
            var owing = ReportObligations.AgenciesOwing(loaded.Catalog, period);
            await stderr.WriteLineAsync($"spm: '{agency}' owes no report for {period}; nothing written. Agencies that do: {string.Join(", ", owing)}.");
            return CliApp.DataError;
        }

        if (!await TryWriteAsync(output, loaded, obligations, stderr, cancellationToken))
        {
            return CliApp.DataError;
        }

        await stdout.WriteLineAsync($"Wrote {output}: {agency} {period}, {Count(obligations.Rows.Count)} row(s).");
        return CliApp.Ok;
    }

    public static async Task<int> RunAllAsync(CommandLine cl, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var period = cl.Required("--period");
        var directory = Output(cl) ?? throw new UsageException("-o DIR is required.");
        cl.EnsureAllUsed();

        var loaded = CatalogJson.LoadEmbedded();
        if (loaded.Catalog.Periods.All(p => p.Code != period))
        {
            await stderr.WriteLineAsync($"spm: Unknown period '{period}'. Periods: {string.Join(", ", loaded.Catalog.Periods.Select(p => p.Code))}.");
            return CliApp.DataError;
        }

        var owing = ReportObligations.AgenciesOwing(loaded.Catalog, period);
        if (owing.Count == 0)
        {
            await stderr.WriteLineAsync($"spm: no agency owes a report for {period}; nothing written.");
            return CliApp.DataError;
        }

        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"spm: cannot create {directory}: {e.Message}");
            return CliApp.DataError;
        }

        foreach (var agency in owing)
        {
            var obligations = ReportObligations.For(loaded.Catalog, agency, period);
            var file = Path.Combine(directory, $"{agency}-{period}.xlsx");
            if (!await TryWriteAsync(file, loaded, obligations, stderr, cancellationToken))
            {
                return CliApp.DataError;
            }

            await stdout.WriteLineAsync($"{file}: {agency}, {Count(obligations.Rows.Count)} row(s)");
        }

        await stdout.WriteLineAsync($"Wrote {Count(owing.Count)} template(s) for {period} to {directory}.");
        return CliApp.Ok;
    }

    /// <summary><c>-o VALUE</c> (a single dash, so the parser leaves it among the words) or <c>--out VALUE</c>.</summary>
    private static string? Output(CommandLine cl)
    {
        var output = cl.Value("--out");
        var i = cl.Words.IndexOf("-o");
        if (i < 0)
        {
            return output;
        }

        if (i + 1 >= cl.Words.Count)
        {
            throw new UsageException("-o needs a value.");
        }

        if (output is not null)
        {
            throw new UsageException("Give either -o or --out, not both.");
        }

        output = cl.Words[i + 1];
        cl.Words.RemoveRange(i, 2);
        return output;
    }

    private static async Task<bool> TryWriteAsync(string file, LoadedCatalog loaded, ObligationsResult obligations, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await ReportTemplateWriter.WriteAsync(stream, loaded, obligations, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"spm: cannot write {file}: {e.Message}");
            return false;
        }
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
