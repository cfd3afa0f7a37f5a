using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spm.Core.Hosting;
using Spm.Core.Reporting;
using Spm.Core.Screening;
using Spm.Core.Workbooks;
using Spm.Infrastructure.Hosting;

// Checks one workbook the way the pipeline does — the ingest screen on the whole upload, then "check a report"
// (open, screen, validate) — with the default limits, and prints one JSON line: the rules found, the verdict,
// elapsed time and peak memory. Run in a child process by the tests, so a crash or a runaway cannot take them down.
//   --rows-only        only open the workbook and stream every sheet (no screen, no validation)
//   --agency CODE      the folder the file was uploaded to (default akmola)
//   --max-file-mb N    raise the file and uncompressed size limits (N MB file, 10×N MB unpacked), for benchmarks
var path = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal) || args[i - 1] == "--rows-only")).FirstOrDefault();
if (path is null)
{
    await Console.Error.WriteLineAsync("usage: Spm.Xlsx.Probe [--rows-only] [--agency CODE] [--max-file-mb N] <workbook>");
    return 2;
}

var settings = new Dictionary<string, string?>();
var maxFile = Array.IndexOf(args, "--max-file-mb");
if (maxFile >= 0 && maxFile + 1 < args.Length && long.TryParse(args[maxFile + 1], out var megabytes))
{
    settings["Workbooks:MaxFileBytes"] = (megabytes * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
    settings["Workbooks:MaxEntryBytes"] = (megabytes * 10 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
    settings["Workbooks:MaxTotalUncompressedBytes"] = (megabytes * 10 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

var agencyAt = Array.IndexOf(args, "--agency");
var agency = agencyAt >= 0 && agencyAt + 1 < args.Length ? args[agencyAt + 1] : "akmola";
var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
services.AddSpmCore(configuration).AddSpmInfrastructure(configuration);
await using var provider = services.BuildServiceProvider();
_ = provider.GetRequiredService<ClassifiedScreen>().Matcher.Match("warm up");

var stopwatch = Stopwatch.StartNew();
var rules = new List<string>();
long rows = 0;
bool? storable = null, classified = null, accepted = null;
long screenMs = 0, checkMs = 0;
var bytes = await File.ReadAllBytesAsync(path);
if (args.Contains("--rows-only"))
{
    var opening = await provider.GetRequiredService<IWorkbookReader>().OpenAsync(new MemoryStream(bytes), CancellationToken.None);
    if (!opening.IsOpen)
    {
        rules.Add(opening.Problem.RuleId);
    }
    else
    {
        using var workbook = opening.Workbook;
        foreach (var sheet in workbook.Sheets)
        {
            using var cursor = workbook.ReadRows(sheet.Name);
            while (cursor.Read())
            {
                rows++;
            }

            if (cursor.Problem is { } problem)
            {
                rules.Add(problem.RuleId);
            }
        }
    }
}
else
{
    var screening = await provider.GetRequiredService<IWorkbookScreen>().ScreenAsync(new MemoryStream(bytes), CancellationToken.None);
    screenMs = stopwatch.ElapsedMilliseconds;
    var result = await provider.GetRequiredService<ReportCheck>().CheckAsync(new MemoryStream(bytes), agency, CancellationToken.None);
    checkMs = stopwatch.ElapsedMilliseconds - screenMs;
    rules.AddRange(screening.Findings.Concat(result.Findings).Select(f => f.RuleId));
    rows = result.Values.Count;
    storable = screening.Storable && result.Storable;
    classified = screening.ContainsClassified || result.ContainsClassified;
    accepted = result.Accepted;
}

stopwatch.Stop();
using var process = Process.GetCurrentProcess();
process.Refresh();
const double MiB = 1024 * 1024;
Console.WriteLine(JsonSerializer.Serialize(new
{
    file = Path.GetFileName(path),
    bytes = bytes.Length,
    findings = rules.Distinct().ToArray(),
    storable,
    classified,
    accepted,
    rows,
    elapsedMs = stopwatch.ElapsedMilliseconds,
    screenMs,
    checkMs,
    peakWorkingSetMb = Math.Round(process.PeakWorkingSet64 / MiB, 1),
    allocatedMb = Math.Round(GC.GetTotalAllocatedBytes() / MiB, 1),
}));
return 0;
