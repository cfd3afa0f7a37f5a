using System.Diagnostics;
using System.Text.Json;
using Spm.Core.Workbooks;
using Spm.Infrastructure.Xlsx;

// Reads one workbook the way the pipeline will (open, screen all text, stream every sheet) with
// the default limits, and prints one JSON line: findings, counts, elapsed time and peak memory.
// Run in a child process by tests/Spm.Infrastructure.Tests, so a crash cannot take the tests down.
if (args.Length != 1)
{
    await Console.Error.WriteLineAsync("usage: Spm.Xlsx.Probe <workbook>");
    return 2;
}

var stopwatch = Stopwatch.StartNew();
var findings = new List<WorkbookProblem>();
long rows = 0, cells = 0, texts = 0;
var reader = new XlsxWorkbookReader(new WorkbookLimits());
await using (var file = File.OpenRead(args[0]))
{
    var opening = await reader.OpenAsync(file, CancellationToken.None);
    if (!opening.IsOpen)
    {
        findings.Add(opening.Problem);
    }
    else
    {
        using var workbook = opening.Workbook;
        using (var scan = workbook.ReadAllText())
        {
            while (scan.Read())
            {
                texts++;
            }

            Add(scan.Problem);
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
    file = Path.GetFileName(args[0]),
    bytes = new FileInfo(args[0]).Length,
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
