using System.Globalization;
using Spm.PipelineBenchmarks;

// Modes (each starts a private Azurite and stops it at the end):
//   pipeline [--files-per-unit N] [--period P] [--timeout SECONDS] [--batch-size N] [--new-batch-threshold N]
//            [--max-polling-ms N] [--reconcile-after SECONDS] [--reconcile-every SECONDS] [--rounds N] [--out FILE]
//       every reporting unit × N files at once through spm serve's host, then table writes batched vs one by one
//   recompute [--out FILE]
//       a whole program's accepted reports, rebuilt by StatusRecompute against the incremental path
if (args.Length == 0 || args[0] is not ("pipeline" or "recompute"))
{
    Console.Error.WriteLine("usage: Spm.PipelineBenchmarks pipeline|recompute [options]  (see scripts/bench-pipeline.sh, scripts/bench-recompute.sh)");
    return 2;
}

var options = Options(args.AsSpan(1));
var command = "dotnet Spm.PipelineBenchmarks.dll " + string.Join(' ', args);
await using var azurite = await AzuriteProcess.StartAsync();
if (args[0] == "recompute")
{
    (await RecomputeRun.RunAsync(azurite, command)).Finish(options.GetValueOrDefault("out"));
    return 0;
}

var settings = new PipelineSettings
{
    Period = options.GetValueOrDefault("period") ?? "2019-H1",
    FilesPerUnit = Int("files-per-unit") ?? 10,
    Timeout = TimeSpan.FromSeconds(Int("timeout") ?? 180),
    BatchSize = Int("batch-size"),
    NewBatchThreshold = Int("new-batch-threshold"),
    MaxPollingInterval = Int("max-polling-ms") is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
    ReconcileAfter = Int("reconcile-after") is { } grace ? TimeSpan.FromSeconds(grace) : null,
    ReconcileEverySeconds = Int("reconcile-every"),
};
var (report, values) = await PipelineRun.RunAsync(azurite, settings, command);
await TableWrites.RunAsync(report, azurite, values, Int("rounds") ?? 3);
report.Finish(options.GetValueOrDefault("out"));
return 0;

int? Int(string name) => options.TryGetValue(name, out var text) ? int.Parse(text!, CultureInfo.InvariantCulture) : null;

static Dictionary<string, string?> Options(ReadOnlySpan<string> args)
{
    var options = new Dictionary<string, string?>(StringComparer.Ordinal);
    for (var i = 0; i < args.Length; i++)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
        {
            throw new ArgumentException($"Expected --name value, got '{args[i]}'.");
        }

        options[args[i][2..]] = args[++i];
    }

    return options;
}
