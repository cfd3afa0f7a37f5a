using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spm.Catalog.Extraction;
using Spm.Core.Catalog;

namespace Spm.Cli.Commands;

/// <summary><c>spm catalog</c>: shows the catalog, or extracts it from the decree.</summary>
internal static class CatalogCommand
{
    public static Command Create(CliContext context)
    {
        var json = CliOptions.Json("Print the catalog itself as JSON.");
        var file = new Option<string?>("--file") { Description = "A catalog file to show instead of the embedded one.", HelpName = "CATALOG.json" };
        var command = new Command("catalog", "Summary of the program catalog: counts, money per year and source against the decree's stated totals, known differences, agencies; exit 1 when something does not reconcile.")
        {
            json, file, CreateExtract(context),
        };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(json), result.GetValue(file), context.Out, context.Error, cancellationToken));
        return command;
    }

    private static Command CreateExtract(CliContext context)
    {
        var decree = new Option<string>("--decree") { Description = "The decree's text (converted from the web page).", Required = true, HelpName = "DECREE.txt" };
        var output = new Option<string?>("--out") { Description = "Write the catalog here.", HelpName = "CATALOG.json" };
        var check = new Option<string?>("--check") { Description = "Compare the extraction with this committed catalog; exit 1 when they differ.", HelpName = "CATALOG.json" };
        var command = new Command("extract", "Extracts the catalog from the decree text; fails (exit 1, nothing written) on anything it does not recognise.")
        {
            decree, output, check,
        };
        command.SetAction((result, cancellationToken) =>
            ExtractAsync(result.GetValue(decree)!, result.GetValue(output), result.GetValue(check), context.Out, context.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(bool json, string? file, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        LoadedCatalog loaded;
        try
        {
            loaded = file is null ? CatalogJson.LoadEmbedded() : CatalogJson.Load(await File.ReadAllTextAsync(file, cancellationToken));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            await stderr.WriteLineAsync($"spm: cannot read the catalog {file}: {e.Message}");
            return CliApp.DataError;
        }

        if (json)
        {
            await stdout.WriteAsync(CatalogJson.Serialize(loaded.Catalog).AsMemory(), cancellationToken);
            return CliApp.Ok;
        }

        var (unexplained, stale) = CatalogReconciliation.Compare(loaded.Catalog);
        await stdout.WriteAsync(CatalogSummary.Format(loaded, unexplained, stale).AsMemory(), cancellationToken);
        return unexplained.Count == 0 && stale.Count == 0 ? CliApp.Ok : CliApp.DataError;
    }

    private static async Task<int> ExtractAsync(string decree, string? output, string? check, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(decree, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"spm: cannot read the decree text {decree}: {e.Message}");
            return CliApp.DataError;
        }

        var result = DecreeExtractor.Extract(text);
        foreach (var p in result.Problems)
        {
            await stderr.WriteLineAsync($"problem: {p}");
        }

        if (!result.Succeeded)
        {
            await stderr.WriteLineAsync($"spm: extraction failed with {result.Problems.Count.ToString(CultureInfo.InvariantCulture)} problem(s); nothing written.");
            return CliApp.DataError;
        }

        var json = CatalogJson.Serialize(result.Catalog);
        if (check is not null)
        {
            string committed;
            try
            {
                committed = (await File.ReadAllTextAsync(check, cancellationToken)).Replace("\r\n", "\n", StringComparison.Ordinal);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"spm: cannot read {check}: {e.Message}");
                return CliApp.DataError;
            }

            if (committed != json)
            {
                await stderr.WriteLineAsync($"spm: {check} differs from the extraction of {decree} ({FirstDifference(committed, json)}). Regenerate it with 'spm catalog extract --decree {decree} --out {check}' and review the diff.");
                return CliApp.DataError;
            }

            await stdout.WriteLineAsync($"{check} matches the extraction of {decree}.");
        }

        if (output is not null)
        {
            await File.WriteAllTextAsync(output, json, cancellationToken);
            await stdout.WriteLineAsync($"Wrote {output}: {result.Catalog.Measures.Count.ToString(CultureInfo.InvariantCulture)} measures, {result.Catalog.Indicators.Count.ToString(CultureInfo.InvariantCulture)} indicators, {result.Catalog.Corrections.Count.ToString(CultureInfo.InvariantCulture)} hand corrections.");
        }
        else if (check is null)
        {
            await stdout.WriteAsync(json.AsMemory(), cancellationToken);
        }

        return CliApp.Ok;
    }

    private static string FirstDifference(string a, string b)
    {
        var la = a.Split('\n');
        var lb = b.Split('\n');
        for (var i = 0; i < Math.Max(la.Length, lb.Length); i++)
        {
            var x = i < la.Length ? la[i] : "<end>";
            var y = i < lb.Length ? lb[i] : "<end>";
            if (x != y)
            {
                return $"line {(i + 1).ToString(CultureInfo.InvariantCulture)}: committed «{x.Trim()}», extracted «{y.Trim()}»";
            }
        }

        return "identical lines, different bytes";
    }
}
