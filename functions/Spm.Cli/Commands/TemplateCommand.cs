using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Infrastructure.Storage;
using Spm.Infrastructure.Templates;

namespace Spm.Cli.Commands;

/// <summary><c>spm template</c> and <c>spm templates</c>: report templates for one agency, or for every agency that owes a report.</summary>
internal static class TemplateCommand
{
    public static Command CreateOne(CliContext context)
    {
        var agency = CliOptions.Agency();
        var period = CliOptions.Period();
        var output = CliOptions.Output("The template file to write (.xlsx).");
        var command = new Command("template", "Writes one agency's report template for a period (e.g. --agency mia --period 2019-H1 -o mia.xlsx).")
        {
            agency, period, output,
        };
        command.SetAction((result, cancellationToken) =>
            RunOneAsync(result.GetValue(agency)!, result.GetValue(period)!, result.GetValue(output)!, context.Out, context.Error, cancellationToken));
        return command;
    }

    public static Command CreateAll(CliContext context)
    {
        var period = CliOptions.Period();
        var output = CliOptions.Output("The folder to write <agency>-<period>.xlsx into.", required: false);
        var publish = new Option<bool>("--publish") { Description = "Write them to the templates container instead (templates/<agency>/<agency>-<period>.xlsx), where reminders point agencies." };
        var storage = CliOptions.Storage();
        var command = new Command("templates", "Writes <agency>-<period>.xlsx for every agency that owes a report for the period: into a folder (-o) or the templates container (--publish).")
        {
            period, output, publish, storage,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var directory = result.GetValue(output);
            var toStorage = result.GetValue(publish);
            if ((directory is null) == !toStorage)
            {
                throw new UsageException("Give either -o DIR or --publish.");
            }

            return RunAllAsync(result.GetValue(period)!, directory, toStorage ? result.GetValue(storage) ?? "" : null, context, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunOneAsync(string agency, string period, string output, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build();
        var loaded = services.GetRequiredService<LoadedCatalog>();
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

    // storage: publish to the templates container of this storage ("" for the configured one); null writes files.
    private static async Task<int> RunAllAsync(string period, string? directory, string? storage, CliContext context, CancellationToken cancellationToken)
    {
        var stdout = context.Out;
        var stderr = context.Error;
        await using var services = CliServices.Build(storage: storage is { Length: > 0 } ? storage : null);
        var loaded = services.GetRequiredService<LoadedCatalog>();
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

        if (directory is null)
        {
            var clients = services.GetRequiredService<StorageClients>();
            await clients.EnsureCreatedAsync(cancellationToken);
            await services.GetRequiredService<TemplatePublisher>().PublishAsync(period, cancellationToken);
            await stdout.WriteLineAsync($"Published {Count(owing.Count)} template(s) for {period} to the {Containers.Templates} container ({clients.Description}).");
            return CliApp.Ok;
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
