using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spm.Core.Hosting;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;
using Spm.Core.Screening;
using Spm.Core.Workbooks;
using Spm.Infrastructure.Hosting;

// Checks one workbook the way the pipeline does — the ingest screen on the whole upload, then "check a report"
// (open, screen, validate) — with the default limits, and prints one JSON line: the rules found, the verdict
// ("accepted", or the rule of the first error),
// elapsed time, peak memory so far and bytes allocated (in all, and for this file). Run in a child process by the tests, so a crash or a runaway cannot take them down.
//   --rows-only        only open the workbook and stream every sheet (no screen, no validation)
//   --agency CODE      the folder the file was uploaded to (default akmola)
//   --max-file-mb N    raise the file and uncompressed size limits (N MB file, 10×N MB unpacked), for benchmarks
//   --batch PATH       check many files one after another in this process: PATH is a folder (its files in name
//                      order) or a text file of lines "path" or "path<TAB>agency". One JSON line per file on
//                      stdout, "start <path>" on stderr before each (so a crash names the file it was in), then a
//                      last line {"done":n,"peakWorkingSetMb":…}. The first file is checked once before timing, to
//                      leave JIT compilation out of its time.
const double MiB = 1024 * 1024;
var options = new HashSet<string>(["--agency", "--max-file-mb", "--batch"], StringComparer.Ordinal);
var path = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !options.Contains(args[i - 1]))).FirstOrDefault();
var batch = Option("--batch");
if (path is null && batch is null)
{
    await Console.Error.WriteLineAsync("usage: Spm.Xlsx.Probe [--rows-only] [--agency CODE] [--max-file-mb N] <workbook> | --batch <folder or list>");
    return 2;
}

var settings = new Dictionary<string, string?>();
if (Option("--max-file-mb") is { } maxFile && long.TryParse(maxFile, out var megabytes))
{
    settings["Workbooks:MaxFileBytes"] = (megabytes * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
    settings["Workbooks:MaxEntryBytes"] = (megabytes * 10 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
    settings["Workbooks:MaxTotalUncompressedBytes"] = (megabytes * 10 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

var agency = Option("--agency") ?? "akmola";
var rowsOnly = args.Contains("--rows-only");
var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
services.AddSpmCore(configuration).AddSpmInfrastructure(configuration);
await using var provider = services.BuildServiceProvider();
_ = provider.GetRequiredService<ClassifiedScreen>().Matcher.Match("warm up");

if (batch is null)
{
    Console.WriteLine(JsonSerializer.Serialize(await CheckAsync(path!, agency)));
    return 0;
}

List<(string Path, string Agency)> files = Directory.Exists(batch)
    ? [.. Directory.GetFiles(batch).Order(StringComparer.Ordinal).Select(f => (f, agency))]
    : [.. File.ReadAllLines(batch).Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(f => (f[0], f.Length > 1 ? f[1] : agency))];
if (files.Count > 0)
{
    await Console.Error.WriteLineAsync("start (warm-up) " + files[0].Path);
    _ = await CheckAsync(files[0].Path, files[0].Agency);
}

foreach (var (file, owner) in files)
{
    await Console.Error.WriteLineAsync("start " + file);
    Console.WriteLine(JsonSerializer.Serialize(await CheckAsync(file, owner)));
}

Console.WriteLine(JsonSerializer.Serialize(new { done = files.Count, peakWorkingSetMb = PeakWorkingSetMb() }));
return 0;

async Task<object> CheckAsync(string file, string owner)
{
    var allocatedBefore = GC.GetTotalAllocatedBytes();
    var stopwatch = Stopwatch.StartNew();
    var rules = new List<string>();
    string? verdict = null;
    long rows = 0;
    bool? storable = null, classified = null, accepted = null;
    long screenMs = 0, checkMs = 0;
    var bytes = await File.ReadAllBytesAsync(file);
    if (rowsOnly)
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
        var result = await provider.GetRequiredService<ReportCheck>().CheckAsync(new MemoryStream(bytes), owner, CancellationToken.None);
        checkMs = stopwatch.ElapsedMilliseconds - screenMs;
        rules.AddRange(screening.Findings.Concat(result.Findings).Select(f => f.RuleId));
        rows = result.Values.Count;
        storable = screening.Storable && result.Storable;
        classified = screening.ContainsClassified || result.ContainsClassified;
        accepted = result.Accepted;
        verdict = result.Accepted ? "accepted"
            : screening.Findings.Concat(result.Findings).FirstOrDefault(f => f.Severity == FindingSeverity.Error)?.RuleId ?? rules.FirstOrDefault();
    }

    stopwatch.Stop();
    return new
    {
        file = Path.GetFileName(file),
        bytes = bytes.Length,
        findings = rules.Distinct().ToArray(),
        storable,
        classified,
        accepted,
        verdict,
        rows,
        elapsedMs = stopwatch.ElapsedMilliseconds,
        screenMs,
        checkMs,
        peakWorkingSetMb = PeakWorkingSetMb(),
        allocatedMb = Math.Round(GC.GetTotalAllocatedBytes() / MiB, 1),
        fileAllocatedMb = Math.Round((GC.GetTotalAllocatedBytes() - allocatedBefore) / MiB, 1),
    };
}

static double PeakWorkingSetMb()
{
    using var process = Process.GetCurrentProcess();
    process.Refresh();
    return Math.Round(process.PeakWorkingSet64 / MiB, 1);
}

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
