using System.Diagnostics;
using System.Text.Json;
using Spm.Core.Workbooks;
using Spm.Infrastructure.Xlsx;

// Reads one workbook the way the pipeline will (open, screen all text, stream every sheet) with
// the default limits, and prints one JSON line: findings, counts, elapsed time and peak memory.
// Run in a child process by tests/Spm.Infrastructure.Tests, so a crash cannot take the tests down.
//   --rows-only        skip the text screening pass
//   --max-file-mb N    raise the file and uncompressed size limits (N MB file, 10×N MB unpacked), for benchmarks
var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _));
if (path is null)
{
    await Console.Error.WriteLineAsync("usage: Spm.Xlsx.Probe [--rows-only] [--max-file-mb N] <workbook>");
    return 2;
}

var rowsOnly = args.Contains("--rows-only");
var limits = new WorkbookLimits();
var maxFile = Array.IndexOf(args, "--max-file-mb");
if (maxFile >= 0 && maxFile + 1 < args.Length && long.TryParse(args[maxFile + 1], out var megabytes))
{
    limits = limits with
    {
        MaxFileBytes = megabytes * 1024 * 1024,
        MaxEntryBytes = megabytes * 10 * 1024 * 1024,
        MaxTotalUncompressedBytes = megabytes * 10 * 1024 * 1024,
    };
}

var stopwatch = Stopwatch.StartNew();
var findings = new List<WorkbookProblem>();
long rows = 0, cells = 0, texts = 0;
var reader = new XlsxWorkbookReader(limits);
await using (var file = File.OpenRead(path))
{
    var opening = await reader.OpenAsync(file, CancellationToken.None);
    if (!opening.IsOpen)
    {
        findings.Add(opening.Problem);
    }
    else
    {
        using var workbook = opening.Workbook;
        using (var scan = rowsOnly ? null : workbook.ReadAllText())
        {
            while (scan?.Read() == true)
            {
                texts++;
            }

            Add(scan?.Problem);
        }

        foreach (var sheet in workbook.Sheets)
        {
            using var cursor = workbook.ReadRows(sheet.Name);
            while (cursor.Read())
            {
                rows++;
                cells += cursor.Current.Cells.Count;
            }

            Add(cursor.Problem);
        }
    }
}

stopwatch.Stop();
using var process = Process.GetCurrentProcess();
process.Refresh();
const double MiB = 1024 * 1024;
var report = new
{
    file = Path.GetFileName(path),
    bytes = new FileInfo(path).Length,
    findings = findings.Select(f => f.RuleId).ToArray(),
    details = findings.Select(f => f.Detail).ToArray(),
    rows,
    cells,
    texts,
    elapsedMs = stopwatch.ElapsedMilliseconds,
    peakWorkingSetMb = Math.Round(process.PeakWorkingSet64 / MiB, 1),
    allocatedMb = Math.Round(GC.GetTotalAllocatedBytes() / MiB, 1),
};
Console.WriteLine(JsonSerializer.Serialize(report));
return 0;

void Add(WorkbookProblem? problem)
{
    // The text scan and the row cursor meet the same problem in a sheet; report it once.
    if (problem is not null && !findings.Exists(f => f.RuleId == problem.RuleId))
    {
        findings.Add(problem);
    }
}
