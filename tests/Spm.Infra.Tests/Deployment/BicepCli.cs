using System.Diagnostics;

namespace Spm.Infra.Tests.Deployment;

/// <summary>
/// The pinned Bicep CLI: <c>SPM_BICEP</c> if set, else <c>tools/bicep/bicep</c>, which
/// <c>scripts/bicep.sh --install</c> restores from NuGet when it is missing.
/// </summary>
public sealed class BicepCli
{
    public const string PathVariable = "SPM_BICEP";

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    private BicepCli(string path) => ExecutablePath = path;

    public string ExecutablePath { get; }

    /// <summary>The repository root: the nearest folder above the tests with Serverless.sln.</summary>
    public static DirectoryInfo RepositoryRoot { get; } = FindRepositoryRoot();

    public static async Task<BicepCli> LocateAsync(CancellationToken cancellationToken)
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? new BicepCli(configured)
                : throw new InvalidOperationException($"{PathVariable} names '{configured}', which does not exist.");
        }

        var script = Path.Combine(RepositoryRoot.FullName, "scripts", "bicep.sh");
        var result = await RunAsync("bash", [script, "--install"], RepositoryRoot.FullName, InstallTimeout, cancellationToken);
        var path = result.StandardOutput.Trim().Split('\n')[^1].Trim();
        if (result.ExitCode != 0 || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Could not get the Bicep CLI with scripts/bicep.sh --install (exit code {result.ExitCode}); " +
                $"it restores Azure.Bicep.CommandLine.linux-x64 from NuGet, or set {PathVariable}.{Environment.NewLine}" +
                result.StandardOutput + result.StandardError);
        }

        return new BicepCli(path);
    }

    /// <summary>Runs the CLI and fails with its output on a non-zero exit code or any diagnostic.</summary>
    public async Task RunAsync(string workingDirectory, CancellationToken cancellationToken, params string[] arguments)
    {
        var result = await RunAsync(ExecutablePath, arguments, workingDirectory, RunTimeout, cancellationToken);
        if (result.ExitCode != 0 || result.StandardError.Length > 0)
        {
            throw new InvalidOperationException(
                $"bicep {string.Join(' ', arguments)} exited with {result.ExitCode}:{Environment.NewLine}" +
                result.StandardOutput + result.StandardError);
        }
    }

    private static async Task<ProcessResult> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var standardOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var standardError = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        return new ProcessResult(process.ExitCode, await standardOutput, await standardError);
    }

    private static DirectoryInfo FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Serverless.sln")))
        {
            directory = directory.Parent;
        }

        return directory ?? throw new InvalidOperationException(
            $"No Serverless.sln above {AppContext.BaseDirectory}: the tests run from the repository.");
    }

    private sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);
}
