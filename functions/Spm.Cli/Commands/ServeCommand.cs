using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spm.Cli.LocalHost;
using Spm.Core.Hosting;
using Spm.Infrastructure.Hosting;
using Spm.Infrastructure.Storage;

namespace Spm.Cli.Commands;

/// <summary><c>spm serve</c>: the pipeline's functions on the WebJobs SDK's real triggers, against Azurite (or any storage).</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var storage = CliOptions.Storage();
        var now = CliOptions.Now("Run the pipeline as of another date (the clock then runs on from it), to replay a past period.");
        var verbose = new Option<bool>("--verbose") { Description = "Log the WebJobs host's own messages too." };
        var command = new Command("serve", "Runs the pipeline locally until Ctrl-C: ingest (blob trigger on drop, container scan), validate (queue trigger), reconcile (timer); creates missing containers, queues and tables.")
        {
            storage, now, verbose,
        };
        command.SetAction((result, cancellationToken) =>
            RunAsync(context, result.GetValue(storage), result.GetValue(now), result.GetValue(verbose), cancellationToken));
        return command;
    }

    /// <summary>Defaults of the local host where Azure's would make a person wait.</summary>
    internal static IReadOnlyList<KeyValuePair<string, string?>> LocalDefaults { get; } =
    [
        new(AppSettings.ReconcileSchedule, "*/10 * * * * *"),
        new($"{Spm.Core.Submissions.PipelineOptions.SectionName}:{nameof(Spm.Core.Submissions.PipelineOptions.ReconcileAfter)}", "00:00:20"),
    ];

    private static async Task<int> RunAsync(CliContext context, string? storage, DateTimeOffset? now, bool verbose, CancellationToken cancellationToken)
    {
        // Locally the container scan misses a blob now and then (one written in the same second as the newest it has
        // seen), so the reconciler looks often and soon; explicit settings still win.
        var settings = new List<KeyValuePair<string, string?>>(LocalDefaults.Where(d => CliServices.Configuration(storage)[d.Key] is null));
        if (now is { } start)
        {
            settings.Add(new($"{ClockOptions.SectionName}:{nameof(ClockOptions.Now)}", start.ToString("O", CultureInfo.InvariantCulture)));
        }

        var configuration = CliServices.Configuration(storage, settings);
        using var host = LocalPipelineHost.Build(configuration, logging => logging
            .AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss ";
            })
            .AddFilter("Spm", LogLevel.Information)
            .AddFilter("Microsoft", verbose ? LogLevel.Information : LogLevel.Warning)
            .AddFilter("Host", verbose ? LogLevel.Information : LogLevel.Warning)
            .AddFilter("Function", verbose ? LogLevel.Information : LogLevel.Warning)
            .AddFilter("Azure", verbose ? LogLevel.Warning : LogLevel.Error));
        var clients = host.Services.GetRequiredService<StorageClients>();
        try
        {
            await LocalPipelineHost.StartAsync(host, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Unreachable storage, a bad setting: say which, plainly, instead of a stack trace.
            await context.Error.WriteLineAsync($"spm: the local pipeline could not start on {clients.Description}: {e.GetBaseException().Message}");
            await context.Error.WriteLineAsync("Is Azurite running (bash scripts/azurite.sh)? Or pass --storage CONNECTION.");
            return CliApp.DataError;
        }

        var clock = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await context.Out.WriteLineAsync($"spm serve: the pipeline runs on {clients.Description}; clock {clock:yyyy-MM-dd HH:mm} UTC.");
        await context.Out.WriteLineAsync($"Functions: {FunctionNames.IngestReport} (blob trigger on {Containers.Drop}, container scan every 10 s), {FunctionNames.IngestQueuedReport}, {FunctionNames.ValidateReport}, {FunctionNames.MarkFailedReport} (queues), {FunctionNames.ReconcileDrops} (timer). Ctrl-C stops.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await host.StopAsync(stopping.Token);
        await context.Out.WriteLineAsync("spm serve: stopped.");
        return CliApp.Ok;
    }
}
