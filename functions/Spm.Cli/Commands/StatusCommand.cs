using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spm.Core.Catalog;
using Spm.Core.Status;
using Spm.Core.Status.Dimensions;
using Spm.Infrastructure.Storage;

namespace Spm.Cli.Commands;

/// <summary><c>spm seed</c>, <c>spm recompute</c> and <c>spm status</c>: the status tables, and reading them.</summary>
internal static class StatusCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command CreateSeed(CliContext context)
    {
        var storage = CliOptions.Storage();
        var command = new Command("seed", "Writes the dimension tables (agencies, regions, indicators, measures, measure plans, periods) from the catalog; creates missing storage.") { storage };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = CliServices.Build(storage: result.GetValue(storage));
            await services.GetRequiredService<StorageClients>().EnsureCreatedAsync(cancellationToken);
            var dimensions = CatalogDimensions.Build(services.GetRequiredService<LoadedCatalog>().Catalog);
            var transactions = await services.GetRequiredService<IStatusStore>().SeedAsync(dimensions, cancellationToken);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Seeded {dimensions.Agencies.Count} agencies, {dimensions.Regions.Count} regions, {dimensions.Indicators.Count} indicators, {dimensions.Measures.Count} measures, {dimensions.MeasurePlans.Count} measure plans, {dimensions.Periods.Count} periods in {transactions} table transaction(s)."));
            return CliApp.Ok;
        });
        return command;
    }

    public static Command CreateRecompute(CliContext context)
    {
        var period = CliOptions.Period("Only this period (default: every period, and the dimension tables).", required: false);
        var now = CliOptions.Now("Judge as of another date (deadlines in Asia/Almaty), to replay.");
        var storage = CliOptions.Storage();
        var command = new Command("recompute", "Rebuilds the status tables from the submissions and reported values alone.") { period, now, storage };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = CliServices.Build(result.GetValue(now), result.GetValue(storage));
            await services.GetRequiredService<StorageClients>().EnsureCreatedAsync(cancellationToken);
            var recompute = services.GetRequiredService<StatusRecompute>();
            var code = result.GetValue(period);
            if (code is not null && services.GetRequiredService<LoadedCatalog>().Catalog.Periods.All(p => p.Code != code))
            {
                throw new UsageException($"Unknown period '{code}'.");
            }

            var clock = Stopwatch.StartNew();
            var done = code is null ? await recompute.RecomputeAllAsync(cancellationToken) : await recompute.RecomputePeriodAsync(code, cancellationToken);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Recomputed {done.Periods} period(s): {done.Rows} row(s) in {done.Transactions} table transaction(s), {clock.Elapsed.TotalSeconds:0.0} s."));
            return CliApp.Ok;
        });
        return command;
    }

    public static Command CreateStatus(CliContext context)
    {
        var period = CliOptions.Period();
        var now = CliOptions.Now("Compute the status as of another date from the stored reports (not written); without it the status tables are read.");
        var json = CliOptions.Json();
        var storage = CliOptions.Storage();
        var command = new Command("status", "Prints a period's status: indicators (plan, fact, status), measures with budget execution, agency compliance, program finance.") { period, now, json, storage };
        command.SetAction(async (result, cancellationToken) =>
        {
            var when = result.GetValue(now);
            await using var services = CliServices.Build(when, result.GetValue(storage));
            var code = result.GetValue(period)!;
            var catalog = services.GetRequiredService<LoadedCatalog>();
            if (catalog.Catalog.Periods.All(p => p.Code != code))
            {
                throw new UsageException($"Unknown period '{code}'.");
            }

            var tables = when is null
                ? await services.GetRequiredService<IStatusStore>().ReadPeriodAsync(code, cancellationToken)
                : await services.GetRequiredService<StatusRecompute>().ComputeAsync(code, cancellationToken);
            if (result.GetValue(json))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(new { period = code, tables.Indicators, tables.Measures, tables.Compliance, tables.Finance }, Json));
                return CliApp.Ok;
            }

            if (tables.Compliance.Count == 0)
            {
                await context.Out.WriteLineAsync($"No status for {code} yet: run spm recompute (the pipeline does it after every upload).");
                return CliApp.Ok;
            }

            Write(context, code, tables);
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>The status of a period as terminal tables (also the main job's closing view).</summary>
    internal static void Write(CliContext context, string period, StatusTables tables)
    {
        var console = context.Console;
        console.Write(new Rule($"Status of {Markup.Escape(period)}").LeftJustified());
        var indicators = Table("indicator", "unit", "plan", "fact", "status", "basis");
        foreach (var row in tables.Indicators.Where(r => r.IsNational || r.UnitCode != "lea"))
        {
            indicators.AddRow(row.IndicatorCode, row.UnitCode, Number(row.Plan), Number(row.Fact), Words(row.Status.ToString()), Markup.Escape($"{row.FactBasis} ({row.UnitsReported}/{row.UnitsExpected})"));
        }

        console.Write(indicators);
        var measures = Table("measure", "plan", "fact", "spent", "budget %", "executed", "in progress", "not reported", "overdue");
        foreach (var row in tables.Measures.Where(r => r.IsNational))
        {
            measures.AddRow(row.MeasureCode, Number(row.Plan), Number(row.Fact), Number(row.Spent), Number(row.BudgetExecutionPercent),
                Count(row.ExecutedCount), Count(row.InProgressCount), Count(row.NotReportedCount), row.IsOverdue ? "yes" : "");
        }

        console.Write(measures);
        var compliance = Table("status", "units", "which");
        foreach (var group in tables.Compliance.GroupBy(r => r.Status).OrderBy(g => g.Key))
        {
            compliance.AddRow(Words(group.Key.ToString()), Count(group.Count()), Markup.Escape(string.Join(", ", group.Select(r => r.DaysLate is { } late ? $"{r.UnitCode} (+{late} d)" : r.UnitCode))));
        }

        console.Write(compliance);
        var finance = Table("source", "region", "planned", "spent", "execution %", "reports");
        foreach (var row in tables.Finance.Where(r => r.IsNational || r.RegionCode != "all"))
        {
            finance.AddRow(Markup.Escape(row.Source.ToString()), Markup.Escape(row.RegionCode), Number(row.Planned), Number(row.Spent), Number(row.ExecutionPercent), $"{row.ReportsReceived}/{row.ReportsExpected}");
        }

        console.Write(finance);
    }

    private static Table Table(params string[] headings)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var heading in headings)
        {
            table.AddColumn(new TableColumn(heading));
        }

        return table;
    }

    private static string Number(double? value) => value is { } v ? v.ToString("#,0.#", CultureInfo.InvariantCulture) : "—";

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    // PascalCase enum names as words: NotReported → not reported.
    private static string Words(string name) => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
