using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Spm.PipelineBenchmarks;

/// <summary>A markdown report of one run: the machine and its load at the start and end, then the run's tables.</summary>
internal sealed class Report
{
    private readonly StringBuilder _text = new();
    private readonly string _loadAtStart = LoadAverage();

    public Report(string title, string command)
    {
        Line($"## {title}");
        Line();
        Line($"`{command}` — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Machine()}.");
        Line($"Load average at the start: {_loadAtStart}.");
        Line();
    }

    /// <summary>The three load averages of <c>/proc/loadavg</c> (1, 5 and 15 minutes), or "n/a".</summary>
    public static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{parts[0]} / {parts[1]} / {parts[2]} (1 / 5 / 15 min)";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    public void Line(string text = "") => _text.AppendLine(text);

    public void Table(IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<string>> rows)
    {
        Line("| " + string.Join(" | ", headings) + " |");
        Line("|" + string.Concat(headings.Select((_, i) => i == 0 ? "---|" : "---:|")));
        foreach (var row in rows)
        {
            Line("| " + string.Join(" | ", row) + " |");
        }

        Line();
    }

    /// <summary>Ends the report with the load at the end, prints it and appends it to <paramref name="path"/>.</summary>
    public string Finish(string? path)
    {
        Line($"Load average at the end: {LoadAverage()}.");
        Line();
        var text = _text.ToString();
        Console.Out.Write(text);
        if (path is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.AppendAllText(path, text);
        }

        return text;
    }

    private static string Machine()
    {
        var cpu = "unknown CPU";
        try
        {
            cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
        }
        catch (IOException)
        {
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores ({cpu}), {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC");
    }
}

/// <summary>Percentiles by the nearest-rank method, over durations in milliseconds.</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyList<double> sorted, double percentile)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    /// <summary>p50, p95 and max of <paramref name="values"/>, formatted in milliseconds or seconds.</summary>
    public static IReadOnlyList<string> Summary(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return [Format(Of(sorted, 50)), Format(Of(sorted, 95)), Format(sorted.Count == 0 ? double.NaN : sorted[^1])];
    }

    public static string Format(double milliseconds) => double.IsNaN(milliseconds)
        ? "–"
        : milliseconds < 10_000
            ? milliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms"
            : (milliseconds / 1000).ToString("N1", CultureInfo.InvariantCulture) + " s";
}
