using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Spm.Core.Status.Reports;
using Spm.Integration.Tests.Browser;
using Spm.Integration.Tests.Support;

namespace Spm.Integration.Tests.Status.Reports;

/// <summary>
/// The replayed year's report as a person sees it, in headless Chromium: it loads with no console error and nothing
/// fetched; nothing is wider than the page, on screen or laid out for print; every chart is drawn; it prints to A4 PDF;
/// a screenshot shows the sheet with nothing past its edges and every chart in colour. Not in the default suite (a
/// fresh machine has no browser): <c>scripts/report-check.sh</c> runs it, and fails, never skips, without Chromium.
/// The pages, PDF and screenshots are left in <c>artifacts/report-check/</c>.
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class StatusReportBrowserTests(ReplayedStatus replay) : IClassFixture<ReplayedStatus>
{
    /// <summary>A4 at 96 dpi, the print margins taken off: the width of the text column on paper (186 mm).</summary>
    private const int PrintColumnWidth = 703;

    /// <summary>The screen's grey around the white sheet (<c>html { background: #e9edf1 }</c>).</summary>
    private static readonly (byte R, byte G, byte B) Background = (0xE9, 0xED, 0xF1);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static readonly string Artifacts = Path.Combine(RepositoryPaths.Root, "artifacts", "report-check");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(StatusReportLanguage.Kazakh)]
    [InlineData(StatusReportLanguage.Russian)]
    public async Task Chromium_ReplayedYear_LoadsCleanFitsThePageAndDrawsEveryChart(StatusReportLanguage language)
    {
        var chromium = RequireChromium();
        var html = await replay.PageAsync("2019-FY", language);
        var code = StatusReport.Code(language);

        var screen = await ProbeAsync(chromium, html, $"screen.{code}", 1240, 1754, print: false);
        var paper = await ProbeAsync(chromium, html, $"print.{code}", PrintColumnWidth, 1000, print: true);

        foreach (var (probe, stderr) in new[] { screen, paper })
        {
            Assert.Empty(probe.Errors);
            Assert.Empty(probe.Resources);
            Assert.DoesNotMatch(ConsolePattern(), stderr);
            Assert.True(probe.ScrollWidth <= probe.ClientWidth, $"the page is {probe.ScrollWidth} px wide in a {probe.ClientWidth} px window");
            Assert.Empty(probe.Overflowing);
            Assert.Equal(4, probe.Charts.Count);
            Assert.All(probe.Charts, chart => Assert.True(chart.Marks > 0 && chart.Height > 40, $"a chart with {chart.Marks} marks, {chart.Height} px high"));
        }
    }

    [Fact]
    public async Task Chromium_ReplayedYear_PrintsToA4Pdf()
    {
        var chromium = RequireChromium();
        var page = await WriteAsync("status-report.kk.html", await replay.PageAsync("2019-FY", StatusReportLanguage.Kazakh));
        var pdf = Path.Combine(Artifacts, "status-report.kk.pdf");
        File.Delete(pdf);

        var (exit, _, stderr) = await Chromium.RunAsync(chromium, page, [$"--print-to-pdf={pdf}", "--no-pdf-header-footer"], Ct);

        Assert.True(exit == 0, stderr);
        var bytes = await File.ReadAllBytesAsync(pdf, Ct);
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        var boxes = MediaBoxPattern().Matches(text).Select(m => (W: double.Parse(m.Groups["w"].Value, CultureInfo.InvariantCulture), H: double.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.True(boxes.Count >= 3, $"{boxes.Count} page(s)");
        Assert.All(boxes, box => Assert.True(Math.Abs(box.W - 595.3) < 2 && Math.Abs(box.H - 841.9) < 2, $"a {box.W} × {box.H} pt page is not A4"));
        Assert.DoesNotMatch(ConsolePattern(), stderr);
    }

    [Fact]
    public async Task Chromium_ReplayedYear_ScreenshotShowsTheSheetInsideTheWindowWithEveryChartInColour()
    {
        var chromium = RequireChromium();
        var html = await replay.PageAsync("2019-FY", StatusReportLanguage.Kazakh);
        var (probe, _) = await ProbeAsync(chromium, html, "screenshot", 1240, 1754, print: false);
        var page = await WriteAsync("status-report.kk.html", html);
        var first = Path.Combine(Artifacts, "status-report.png");
        var whole = Path.Combine(Artifacts, "status-report-full.png");

        await ShootAsync(chromium, page, first, 1240, 1754);
        await ShootAsync(chromium, page, whole, 1240, Math.Min(probe.ScrollHeight, 16000));

        var top = PngImage.Read(await File.ReadAllBytesAsync(first, Ct));
        Assert.Equal((1240, 1754), (top.Width, top.Height));
        foreach (var x in Enumerable.Range(0, 24).Concat(Enumerable.Range(top.Width - 24, 24)))
        {
            // The margins left and right of the sheet stay the window's grey from top to bottom: nothing spills past the page.
            Assert.All(Enumerable.Range(0, top.Height).Where(y => y % 7 == 0), y => Assert.True(Near(top[x, y], Background), $"pixel ({x}, {y}) is {top[x, y]}"));
        }

        var full = PngImage.Read(await File.ReadAllBytesAsync(whole, Ct));
        Assert.Equal(4, probe.Charts.Count);
        foreach (var chart in probe.Charts.Where(c => c.Y + c.Height <= full.Height))
        {
            var coloured = 0;
            for (var y = (int)chart.Y; y < (int)(chart.Y + chart.Height); y++)
            {
                for (var x = (int)chart.X; x < (int)(chart.X + chart.Width); x++)
                {
                    var (r, g, b) = full[x, y];
                    coloured += Math.Max(r, Math.Max(g, b)) - Math.Min(r, Math.Min(g, b)) > 60 ? 1 : 0;
                }
            }

            Assert.True(coloured > 200, $"the chart at y={chart.Y} has {coloured} coloured pixels");
        }

        Assert.Equal(probe.Charts.Count, probe.Charts.Count(c => c.Y + c.Height <= full.Height));
    }

    private static string RequireChromium() =>
        Chromium.Find() ?? throw new InvalidOperationException(
            $"No Chromium: install Debian's package (apt-get install -y chromium) or set {Chromium.Variable}. These tests run only from scripts/report-check.sh.");

    /// <summary>Layout as the browser measured it: the page, every element past the window's edge, the charts, errors, resources.</summary>
    private sealed record Probe(int ScrollWidth, int ClientWidth, int ScrollHeight, List<string> Overflowing, List<Chart> Charts, List<string> Resources, List<string> Errors);

    private sealed record Chart(double X, double Y, double Width, double Height, int Marks);

    /// <summary>
    /// Loads a copy of the page with a measuring script added (the report itself has none) and reads what it wrote into
    /// the DOM; with <paramref name="print"/>, the print rules apply on screen, so the layout is the paper's.
    /// </summary>
    private static async Task<(Probe Probe, string Stderr)> ProbeAsync(string chromium, string html, string name, int width, int height, bool print)
    {
        var probed = html
            .Replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">" + ErrorCollector, StringComparison.Ordinal)
            .Replace("</body>", Measurer + "</body>", StringComparison.Ordinal);
        if (print)
        {
            probed = probed.Replace("@media print {", "@media all {", StringComparison.Ordinal);
        }

        var page = await WriteAsync($"probe.{name}.html", probed);
        var (exit, stdout, stderr) = await Chromium.RunAsync(chromium, page, ["--dump-dom", $"--window-size={width},{height}"], Ct);
        Assert.True(exit == 0, stderr);
        var json = ProbePattern().Match(stdout);
        Assert.True(json.Success, "The measuring script wrote nothing: " + stderr);
        var probe = JsonSerializer.Deserialize<Probe>(WebUtility.HtmlDecode(json.Groups[1].Value), Json)!;
        return (probe, stderr);
    }

    private static async Task ShootAsync(string chromium, string page, string png, int width, int height)
    {
        File.Delete(png);
        var (exit, _, stderr) = await Chromium.RunAsync(chromium, page, [$"--screenshot={png}", $"--window-size={width},{height}"], Ct);
        Assert.True(exit == 0 && File.Exists(png), stderr);
    }

    private static async Task<string> WriteAsync(string name, string html)
    {
        Directory.CreateDirectory(Artifacts);
        var path = Path.Combine(Artifacts, name);
        await File.WriteAllTextAsync(path, html, Ct);
        return path;
    }

    private static bool Near((byte R, byte G, byte B) pixel, (byte R, byte G, byte B) colour) =>
        Math.Abs(pixel.R - colour.R) <= 3 && Math.Abs(pixel.G - colour.G) <= 3 && Math.Abs(pixel.B - colour.B) <= 3;

    private const string ErrorCollector = """
        <script>
        window.spmErrors = [];
        addEventListener('error', e => spmErrors.push('error: ' + (e.message || (e.target && e.target.outerHTML) || '?')), true);
        addEventListener('unhandledrejection', e => spmErrors.push('rejection: ' + e.reason));
        (() => { const error = console.error; console.error = (...a) => { spmErrors.push('console: ' + a.join(' ')); error.apply(console, a); }; })();
        </script>
        """;

    private const string Measurer = """
        <script>
        (() => {
          const root = document.documentElement, width = root.clientWidth, overflowing = [];
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.width > 0 && (r.right > width + 0.5 || r.left < -0.5)) {
              overflowing.push(el.tagName.toLowerCase() + '.' + (el.getAttribute('class') || '') + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
            }
          }
          const charts = [...document.querySelectorAll('svg.chart')].map(svg => {
            const r = svg.getBoundingClientRect();
            const marks = [...svg.querySelectorAll('[data-table]')].filter(m => { const b = m.getBBox(); return b.width > 0 || (m.tagName === 'line' && b.height > 0); }).length;
            return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height, marks };
          });
          const probe = { scrollWidth: root.scrollWidth, clientWidth: width, scrollHeight: root.scrollHeight, overflowing: overflowing.slice(0, 20), charts,
            resources: performance.getEntriesByType('resource').map(e => e.name), errors: window.spmErrors };
          const pre = document.createElement('pre');
          pre.id = 'spm-probe';
          pre.hidden = true;
          pre.textContent = JSON.stringify(probe);
          document.body.appendChild(pre);
        })();
        </script>
        """;

    [GeneratedRegex("<pre id=\"spm-probe\" hidden=\"\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex ProbePattern();

    [GeneratedRegex(@":CONSOLE\(|Uncaught|Failed to load resource")]
    private static partial Regex ConsolePattern();

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+(?<w>[\d.]+)\s+(?<h>[\d.]+)\s*\]")]
    private static partial Regex MediaBoxPattern();
}
