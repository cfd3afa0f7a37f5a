using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Spm.Benchmarks;

// Modes:
//   (BenchmarkDotNet arguments)   time and allocations, e.g. --filter '*'
//   peak [rows...]                peak working set of every scenario × size, each in a fresh child process
//   peak-one <scenario> <rows>    one run in this process; prints one result line for the parent
//   split <rows> <times> [scenario...]  quick look while optimising: every scenario (or those named) run <times> times
//                                 in this process after one warm-up run; wall and CPU time, bytes allocated, GC counts and pauses
switch (args)
{
    case ["peak", .. var sizes]:
        return PeakTable.Run(sizes.Length > 0 ? [.. sizes.Select(s => int.Parse(s, CultureInfo.InvariantCulture))] : [1_000, 100_000, 500_000]);
    case ["split", var rows, var times, .. var only]:
        return Split.Run(int.Parse(rows, CultureInfo.InvariantCulture), int.Parse(times, CultureInfo.InvariantCulture), only);
    case ["peak-one", var scenario, var rows]:
        return PeakTable.RunOne(scenario, int.Parse(rows, CultureInfo.InvariantCulture));
    default:
        BenchmarkSwitcher.FromTypes([typeof(ReadValidateBenchmarks)]).Run(args);
        return 0;
}

/// <summary>Peak memory per scenario and size, each measured in a process of its own so one run cannot inflate another.</summary>
internal static class PeakTable
{
    public static int Run(IReadOnlyList<int> sizes)
    {
        var results = new Dictionary<(string Scenario, int Rows), Result>();
        foreach (var rows in sizes)
        {
            var path = ReportWorkbooks.Ensure(rows);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows} rows: {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F1} MiB)"));
            foreach (var scenario in Scenarios.Names)
            {
                results[(scenario, rows)] = RunChild(scenario, rows);
            }
        }

        Console.WriteLine("| Scenario | " + string.Join(" | ", sizes.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r:N0} rows: peak WS / startup WS / time"))) + " |");
        Console.WriteLine("|---|" + string.Concat(sizes.Select(_ => "---|")));
        foreach (var scenario in Scenarios.Names)
        {
            var cells = sizes.Select(rows => results[(scenario, rows)]).Select(r =>
                string.Create(CultureInfo.InvariantCulture, $"{r.PeakBytes / 1048576.0:F0} MiB / {r.StartBytes / 1048576.0:F0} MiB / {r.ElapsedMs:N0} ms"));
            Console.WriteLine($"| {scenario} | {string.Join(" | ", cells)} |");
        }

        // Every reader must have read the same values, or the comparison means nothing. The full check keeps the values
        // of the rows it accepts only (a repeated code is refused with a finding), so of its tally only the row count
        // compares; it checks itself that it accounted for every row.
        var failed = false;
        foreach (var rows in sizes)
        {
            var tallies = Scenarios.Names.Select(s => (s, results[(s, rows)].Tally)).ToArray();
            var floor = tallies[0].Tally;
            foreach (var (scenario, tally) in tallies.Where(t => t.s == nameof(Scenarios.Spm) ? t.Tally.Rows != floor.Rows : t.Tally != floor))
            {
                Console.Error.WriteLine($"MISMATCH at {rows} rows: {scenario} read {tally}, {tallies[0].s} read {floor}");
                failed = true;
            }
        }

        return failed ? 1 : 0;
    }

    public static int RunOne(string scenario, int rows)
    {
        var path = ReportWorkbooks.PathFor(rows);
        var scenarios = new Scenarios();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var start = process.PeakWorkingSet64;
        var clock = Stopwatch.StartNew();
        var tally = scenarios.Run(scenario, path);
        clock.Stop();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{process.PeakWorkingSet64} {start} {clock.ElapsedMilliseconds} {tally.Rows} {tally.Fact} {tally.Spent} {tally.CodeChars} {tally.TextChars}"));
        return 0;
    }

    private static Result RunChild(string scenario, int rows)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(PeakTable).Assembly.Location);
        }

        foreach (var argument in new[] { "peak-one", scenario, rows.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the child.");
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var parts = output.Trim().Split(' ');
        if (child.ExitCode != 0 || parts.Length != 8)
        {
            throw new InvalidOperationException($"{scenario} at {rows} rows failed: {output}");
        }

        long Long(int i) => long.Parse(parts[i], CultureInfo.InvariantCulture);
        decimal Decimal(int i) => decimal.Parse(parts[i], CultureInfo.InvariantCulture);
        var tally = new Tally((int)Long(3), Decimal(4), Decimal(5), Long(6), Long(7));
        Console.Error.WriteLine($"  {scenario}: {output.Trim()}");
        return new Result(Long(0), Long(1), Long(2), tally);
    }

    private sealed record Result(long PeakBytes, long StartBytes, long ElapsedMs, Tally Tally);
}

/// <summary>
/// A quick split of where the time goes while optimising (not for the README: BenchmarkDotNet's figures are): each
/// scenario warmed up once, then timed, with the bytes it allocated, the collections it caused and the time the GC paused it, which vary far less
/// than time on a busy machine.
/// </summary>
internal static class Split
{
    public static int Run(int rows, int times, IReadOnlyList<string> only)
    {
        var path = ReportWorkbooks.Ensure(rows);
        var scenarios = new Scenarios();
        using var process = Process.GetCurrentProcess();
        foreach (var scenario in only.Count > 0 ? only : Scenarios.Names)
        {
            scenarios.Run(scenario, path);
            for (var i = 0; i < times; i++)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
                var paused = GC.GetTotalPauseDuration();
                var clock = Stopwatch.StartNew();
                scenarios.Run(scenario, path);
                clock.Stop();
                process.Refresh();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{scenario,-16} {rows,8} rows  {clock.Elapsed.TotalMilliseconds,7:F0} ms  cpu {(process.TotalProcessorTime - cpu).TotalMilliseconds,7:F0} ms  allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0,7:F1} MiB  gc {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms"));
            }
        }

        return 0;
    }
}
