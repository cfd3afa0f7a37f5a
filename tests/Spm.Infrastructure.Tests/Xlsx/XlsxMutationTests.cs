using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spm.Core.Reporting.Validation;

namespace Spm.Infrastructure.Tests.Xlsx;

/// <summary>
/// Seeded mutants of valid workbooks (<see cref="Mutants"/>) checked one after another by the probe in one child
/// process, as <c>spm validate</c> checks a file: no crash, a verdict whose findings all come from the closed list of
/// rules, at most 2 s per file and at most 256 MB for the whole process (which bounds each file).
/// </summary>
public class XlsxMutationTests
{
    /// <summary>The mutants' seed: the decree's date.</summary>
    public const int Seed = 20180315;

    /// <summary>Mutants in the default run; <c>SPM_MUTANTS</c> overrides it.</summary>
    public const int DefaultMutants = 200;

    /// <summary>Mutants of the figures run (trait <c>Category=Figures</c>, <c>bash scripts/reliability.sh</c>).</summary>
    public const int AllMutants = 1_000;

    private const int PeakMemoryCeilingMb = 256;
    private const int ElapsedCeilingMs = 2_000;

    [Fact]
    public async Task Probe_SeededMutantsOfValidWorkbooks_EachGetsAVerdictFromTheClosedListWithinBounds()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("SPM_MUTANTS"), CultureInfo.InvariantCulture, out var n) ? n : DefaultMutants;

        var run = await RunAsync(count);

        AssertWithinBounds(run);
    }

    /// <summary>
    /// All 1,000 mutants, with the figures written to <c>SPM_RELIABILITY_DIR</c> (default artifacts/reliability)/mutants.md:
    /// verdicts by rule and by operator, times, peak memory.
    /// </summary>
    [Fact]
    [Trait("Category", "Figures")]
    public async Task Probe_ThousandSeededMutants_WithinBoundsAndWritesFigures()
    {
        var stopwatch = Stopwatch.StartNew();

        var run = await RunAsync(AllMutants);

        stopwatch.Stop();
        await WriteFiguresAsync(run, stopwatch.Elapsed);
        AssertWithinBounds(run);
    }

    [Fact]
    public async Task Generate_SameSeedLater_SameMutantsAndEveryOperator()
    {
        var baselines = await MutationBaselines.BuildAsync(TestContext.Current.CancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(1.1), TestContext.Current.CancellationToken);
        var later = await MutationBaselines.BuildAsync(TestContext.Current.CancellationToken);

        var first = Mutants.Generate(baselines, 48, Seed).ToList();
        var again = Mutants.Generate(later, 16, Seed).ToList();

        Assert.Equal(again.Select(m => m.Bytes), first.Take(16).Select(m => m.Bytes));
        Assert.Equal(Enum.GetValues<MutationOperator>().Order(), first.Select(m => m.Operator).Distinct().Order());
        Assert.All(first, m => Assert.False(baselines.Any(b => b.Bytes.AsSpan().SequenceEqual(m.Bytes)), m.Name));
        Assert.Equal(10, baselines.Count);
    }

    [Fact]
    public async Task RunProbe_ChildDiesInAFile_RunNamesTheFileItStarted()
    {
        var folder = Directory.CreateTempSubdirectory("spm-mutants-");
        try
        {
            var listFile = Path.Combine(folder.FullName, "mutants.txt");
            var missing = Path.Combine(folder.FullName, "0001-missing.xlsx");
            await File.WriteAllTextAsync(listFile, $"{HostileFiles.Fixture("openpyxl-filled-akmola-2019-H1.xlsx")}\takmola\n{missing}\takmola\n", TestContext.Current.CancellationToken);

            var run = await RunProbeAsync(listFile, [], TestContext.Current.CancellationToken);

            Assert.NotEqual(0, run.ExitCode);
            Assert.Null(run.PeakWorkingSetMb);
            Assert.Equal("0001-missing.xlsx", run.LastStarted);
            Assert.Single(run.Results);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void AssertWithinBounds(MutationRun run)
    {
        Assert.True(run.ExitCode == 0 && run.PeakWorkingSetMb is not null,
            $"The probe crashed (exit {run.ExitCode}) in the last file it started, {run.LastStarted}: {run.Error}");
        Assert.Equal(run.Mutants.Select(m => m.Name + ".xlsx"), run.Results.Select(r => r.File));
        var violations = run.Results.SelectMany(r => Violations(r)).ToList();
        Assert.Empty(violations);
        Assert.InRange(run.PeakWorkingSetMb!.Value, 0, PeakMemoryCeilingMb);
    }

    private static IEnumerable<string> Violations(MutantResult result)
    {
        foreach (var rule in result.Findings.Where(f => !ReportRules.All.Contains(f)))
        {
            yield return $"{result.File}: rule {rule} is not in ReportRules.All";
        }

        if (!result.Accepted && (result.Findings.Count == 0 || !ReportRules.All.Contains(result.Verdict)))
        {
            yield return $"{result.File}: rejected without a rule ({result.Verdict})";
        }

        if (result.ElapsedMs > ElapsedCeilingMs)
        {
            yield return $"{result.File}: {result.ElapsedMs} ms";
        }
    }

    private static async Task<MutationRun> RunAsync(int count)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var baselines = await MutationBaselines.BuildAsync(cancellationToken);
        var mutants = Mutants.Generate(baselines, count, Seed).ToList();
        var folder = Directory.CreateTempSubdirectory("spm-mutants-");
        try
        {
            var list = new StringBuilder();
            foreach (var mutant in mutants)
            {
                var path = Path.Combine(folder.FullName, mutant.Name + ".xlsx");
                await File.WriteAllBytesAsync(path, mutant.Bytes, cancellationToken);
                list.Append(path).Append('\t').Append(mutant.Agency).Append('\n');
            }

            var listFile = Path.Combine(folder.FullName, "mutants.txt");
            await File.WriteAllTextAsync(listFile, list.ToString(), cancellationToken);
            return await RunProbeAsync(listFile, mutants, cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<MutationRun> RunProbeAsync(string listFile, List<Mutant> mutants, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Spm.Xlsx.Probe.dll"));
        start.ArgumentList.Add("--batch");
        start.ArgumentList.Add(listFile);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);

        // A hang guard, not a timing assertion: 2 s per file at most, and more for a loaded machine.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60 + (mutants.Count * 2)));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            var started = (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            Assert.Fail($"The probe hung; last started: {started}");
        }

        var results = new List<MutantResult>();
        double? peak = null;
        foreach (var line in (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.TryGetProperty("done", out _))
            {
                peak = root.GetProperty("peakWorkingSetMb").GetDouble();
                continue;
            }

            results.Add(new MutantResult(
                root.GetProperty("file").GetString()!,
                [.. root.GetProperty("findings").EnumerateArray().Select(f => f.GetString()!)],
                root.GetProperty("accepted").GetBoolean(),
                root.GetProperty("verdict").GetString() ?? "",
                root.GetProperty("storable").GetBoolean(),
                root.GetProperty("elapsedMs").GetInt64(),
                root.GetProperty("fileAllocatedMb").GetDouble()));
        }

        var errorText = await error;
        var lastStarted = errorText.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith("start ", StringComparison.Ordinal));
        return new MutationRun(mutants, results, process.ExitCode, peak, lastStarted is null ? null : Path.GetFileName(lastStarted), errorText.Length > 2000 ? errorText[^2000..] : errorText);
    }

    private static async Task WriteFiguresAsync(MutationRun run, TimeSpan wall)
    {
        var path = Path.Combine(Environment.GetEnvironmentVariable("SPM_RELIABILITY_DIR") ?? Path.Combine(RepositoryRoot(), "artifacts", "reliability"), "mutants.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var results = run.Results;
        var times = results.Select(r => r.ElapsedMs).Order().ToList();
        var text = new StringBuilder();
        text.AppendLine("# Mutation figures").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{run.Mutants.Count} mutants (seed {Seed}) of {run.Mutants.Select(m => m.Baseline).Distinct().Count()} valid workbooks, checked one after another by `tests/Spm.Xlsx.Probe --batch` in one process.")
            .AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z on {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, load average at the end {LoadAverage()}, wall time {wall.TotalSeconds:0} s.").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"- crashes: {(run.ExitCode == 0 && run.PeakWorkingSetMb is not null ? 0 : 1)}; verdicts: {results.Count}; accepted: {results.Count(r => r.Accepted)}; rejected: {results.Count(r => !r.Accepted)}; not storable: {results.Count(r => !r.Storable)}")
            .AppendLine(CultureInfo.InvariantCulture, $"- findings outside ReportRules.All: {results.Sum(r => r.Findings.Count(f => !ReportRules.All.Contains(f)))}; rejected without a finding: {results.Count(r => !r.Accepted && r.Findings.Count == 0)}")
            .AppendLine(CultureInfo.InvariantCulture, $"- time per file: median {Percentile(times, 0.5)} ms, p95 {Percentile(times, 0.95)} ms, p99 {Percentile(times, 0.99)} ms, max {times.LastOrDefault()} ms (slowest: {results.OrderByDescending(r => r.ElapsedMs).FirstOrDefault()?.File})")
            .AppendLine(CultureInfo.InvariantCulture, $"- allocated per file: max {results.Max(r => r.AllocatedMb):0.0} MB; process peak working set: {run.PeakWorkingSetMb} MB").AppendLine()
            .AppendLine("Verdict: accepted (perhaps with warnings), or the rule of the first error:").AppendLine()
            .AppendLine("| verdict | mutants |").AppendLine("| --- | ---: |");
        foreach (var group in results.GroupBy(Verdict).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key} | {group.Count()} |");
        }

        text.AppendLine().AppendLine("By operator:").AppendLine()
            .AppendLine("| operator | mutants | accepted | verdicts (rule: count) | max ms |").AppendLine("| --- | ---: | ---: | --- | ---: |");
        var byName = run.Mutants.ToDictionary(m => m.Name + ".xlsx", m => m.Operator, StringComparer.Ordinal);
        foreach (var group in results.GroupBy(r => byName[r.File]).OrderBy(g => g.Key))
        {
            var verdicts = string.Join(", ", group.GroupBy(Verdict).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}: {g.Count()}"));
            text.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key} | {group.Count()} | {group.Count(r => r.Accepted)} | {verdicts} | {group.Max(r => r.ElapsedMs)} |");
        }

        await File.WriteAllTextAsync(path, text.ToString(), TestContext.Current.CancellationToken);
    }

    private static string Verdict(MutantResult result) => result.Verdict.Length > 0 ? result.Verdict : "(none)";

    private static long Percentile(List<long> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Path.GetTempPath();
    }

    private sealed record MutantResult(string File, IReadOnlyList<string> Findings, bool Accepted, string Verdict, bool Storable, long ElapsedMs, double AllocatedMb);

    private sealed record MutationRun(List<Mutant> Mutants, List<MutantResult> Results, int ExitCode, double? PeakWorkingSetMb, string? LastStarted, string Error);
}
