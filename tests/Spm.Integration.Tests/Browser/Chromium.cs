using System.Diagnostics;

namespace Spm.Integration.Tests.Browser;

/// <summary>
/// Headless Chromium (Debian's <c>chromium</c> package), offline: no background networking, component updates, sync
/// or first-run work, a throw-away profile per run. <c>SPM_CHROMIUM</c> names another binary.
/// </summary>
internal static class Chromium
{
    public const string Variable = "SPM_CHROMIUM";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The browser binary, or null when none is installed.</summary>
    public static string? Find() =>
        new[] { Environment.GetEnvironmentVariable(Variable), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(path => !string.IsNullOrWhiteSpace(path) && File.Exists(path));

    /// <summary>Runs the browser on one page with the given arguments; returns its exit code, standard output and error.</summary>
    public static async Task<(int Code, string Out, string Err)> RunAsync(string binary, string page, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("spm-chromium-");
        try
        {
            var start = new ProcessStartInfo(binary)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
                "--force-device-scale-factor=1", "--enable-logging=stderr", "--v=0", $"--user-data-dir={profile.FullName}",
            }.Concat(arguments).Append(new Uri(page).AbsoluteUri))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{binary} did not start.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{binary} did not finish within {Timeout.TotalSeconds} s.");
            }

            return (process.ExitCode, await stdout, await stderr);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
