using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spm.Core.Reporting.Validation;
using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Tests.Xlsx;

/// <summary>
/// Runs each hostile file through the reader in a child process (tests/Spm.Xlsx.Probe), so a
/// crash, a hang or runaway memory shows up as a failed test instead of a dead test host.
/// </summary>
public class XlsxProbeTests
{
    // Safety ceilings that catch a hang or a runaway, not performance targets: the targets (≤ 2 s, ≤ 256 MB) are
    // measured by scripts/probe-figures.sh and scripts/reliability.sh on an idle machine, not asserted under test load.
    private const int PeakMemoryCeilingMb = 512;
    private const int ElapsedCeilingMs = 10_000;

    /// <summary>Where the figures test writes its table: <c>SPM_PROBE_FIGURES</c>, else Fixtures/probe-figures.md in the repository.</summary>
    private static readonly string FiguresPath = Environment.GetEnvironmentVariable("SPM_PROBE_FIGURES") ?? RepositoryFixture("probe-figures.md");

    /// <summary>Set to a folder to keep the generated files there (for inspection with other tools).</summary>
    private static readonly string? KeepFilesIn = Environment.GetEnvironmentVariable("SPM_PROBE_FILES");

    public static TheoryData<string> DefaultLimitCases() => [.. HostileFiles.All.Where(c => c.Limits is null).Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(DefaultLimitCases))]
    public async Task Probe_HostileFile_ExitsNormallyWithItsRuleWithinBounds(string name)
    {
        var hostile = HostileFiles.Get(name);
        var path = Path.Combine(Directory.CreateTempSubdirectory("spm-probe-").FullName, name + ".xlsx");
        try
        {
            await File.WriteAllBytesAsync(path, HostileFiles.Bytes(hostile), TestContext.Current.CancellationToken);

            var report = await RunProbeAsync(path);

            var findings = report.GetProperty("findings").EnumerateArray().Select(f => f.GetString()!).ToList();
            Assert.Contains(hostile.ExpectedRule, findings);
            Assert.All(findings, rule => Assert.Contains(rule, ReportRules.All));
            Assert.False(report.GetProperty("accepted").GetBoolean());
            Assert.InRange(report.GetProperty("peakWorkingSetMb").GetDouble(), 0, PeakMemoryCeilingMb);
            Assert.InRange(report.GetProperty("screenMs").GetInt64(), 0, ElapsedCeilingMs);
            Assert.InRange(report.GetProperty("checkMs").GetInt64(), 0, ElapsedCeilingMs);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    /// <summary>
    /// Writes Fixtures/probe-figures.md (or <c>SPM_PROBE_FIGURES</c>). A measurement, not a check: it carries the
    /// trait <c>Category=Figures</c>, which scripts/test.sh leaves out; run it with <c>bash scripts/probe-figures.sh</c>.
    /// </summary>
    [Fact]
    [Trait("Category", "Figures")]
    public async Task Probe_Figures_WritesTable()
    {
        var folder = KeepFilesIn is null ? Directory.CreateTempSubdirectory("spm-figures-").FullName : Directory.CreateDirectory(KeepFilesIn).FullName;
        try
        {
            var files = new List<(string Path, string Expected, string[] Options)>();
            foreach (var hostile in HostileFiles.All.Where(c => c.Limits is null))
            {
                var path = Path.Combine(folder, hostile.Name + ".xlsx");
                await File.WriteAllBytesAsync(path, HostileFiles.Bytes(hostile), TestContext.Current.CancellationToken);
                files.Add((path, hostile.ExpectedRule, []));
            }

            foreach (var fixture in new[] { "openpyxl-report.xlsx", "libreoffice-report.xlsx" })
            {
                files.Add((HostileFiles.Fixture(fixture), "(none)", []));
            }

            var large = Path.Combine(folder, "valid-100k-rows.xlsx");
            LargeWorkbook.Write(large, 100_000);
            files.Add((large, "(none)", []));
            var larger = Path.Combine(folder, "valid-500k-rows.xlsx");
            LargeWorkbook.Write(larger, 500_000);
            files.Add((larger, WorkbookRules.FileTooLarge, []));
            files.Add((larger, "(none)", ["--max-file-mb", "100"]));
            files.Add((larger, "(none)", ["--max-file-mb", "100", "--rows-only"]));

            var table = new StringBuilder();
            table.AppendLine("# Probe figures").AppendLine()
                .AppendLine("Each file read in its own process by `tests/Spm.Xlsx.Probe` with the default `WorkbookLimits`:")
                .AppendLine("the ingest screen of the whole upload, then the check `spm validate` runs (open, screen, validate), or with")
                .AppendLine("`--rows-only` only open and stream every sheet. Peak working set is the whole process (the .NET")
                .AppendLine("runtime alone is about 30 MB). Times move with the load on a shared machine. Regenerate:").AppendLine()
                .AppendLine("```sh")
                .AppendLine("bash scripts/probe-figures.sh")
                .AppendLine("```").AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, load average at start {LoadAverage()}.").AppendLine()
                .AppendLine("The valid workbooks are 8 columns per row (shared and inline strings, numbers, a date, a formula),")
                .AppendLine("written with .NET's fastest deflate, so larger than Excel would write them; 500k rows exceed the")
                .AppendLine("default 20 MB file limit and are also read with `--max-file-mb 100` (file 100 MB, unpacked 1 GB).")
                .AppendLine("Rows are the report rows validation read (0 for files that are not reports). Peak memory does not grow with the row count.").AppendLine()
                .AppendLine("| file | options | size | expected | findings | storable | rows | ms | peak MB | allocated MB |")
                .AppendLine("| --- | --- | ---: | --- | --- | --- | ---: | ---: | ---: | ---: |");
            foreach (var (path, expected, options) in files)
            {
                var report = await RunProbeAsync(path, options);
                var findings = string.Join(", ", report.GetProperty("findings").EnumerateArray().Select(f => f.GetString()));
                table.AppendLine(CultureInfo.InvariantCulture,
                    $"| {Path.GetFileName(path)} | {string.Join(' ', options)} | {Size(report.GetProperty("bytes").GetInt64())} | {expected} | {(findings.Length == 0 ? "(none)" : findings)} "
                    + $"| {report.GetProperty("storable")} | {report.GetProperty("rows")} | {report.GetProperty("elapsedMs")} "
                    + $"| {report.GetProperty("peakWorkingSetMb")} | {report.GetProperty("allocatedMb")} |");
            }

            await File.WriteAllTextAsync(FiguresPath, table.ToString(), TestContext.Current.CancellationToken);
        }
        finally
        {
            if (KeepFilesIn is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string RepositoryFixture(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? Path.GetTempPath(), "tests", "Spm.Infrastructure.Tests", "Fixtures", name);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => FormattableString.Invariant($"{bytes / 1024d / 1024d:0.0} MB"),
        >= 1024 => FormattableString.Invariant($"{bytes / 1024d:0.0} KB"),
        _ => FormattableString.Invariant($"{bytes} B"),
    };

    private static async Task<JsonElement> RunProbeAsync(string file, params string[] options)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Spm.Xlsx.Probe.dll"));
        foreach (var option in options)
        {
            start.ArgumentList.Add(option);
        }

        start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        // A hang guard, not a timing assertion.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"Probe hung on {Path.GetFileName(file)}.");
        }

        Assert.True(process.ExitCode == 0, $"Probe exited {process.ExitCode} on {Path.GetFileName(file)}: {await error}");
        using var json = JsonDocument.Parse(await output);
        return json.RootElement.Clone();
    }
}
