using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Spm.Integration.Tests.Azurite;

[assembly: AssemblyFixture(typeof(AzuriteFixture))]

namespace Spm.Integration.Tests.Azurite;

/// <summary>
/// Azurite for the whole test assembly: the instance named by <c>AZURITE_CONNECTION_STRING</c>,
/// or a private one started from the repository's <c>node_modules</c> on free loopback ports.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string ConnectionStringVariable = "AZURITE_CONNECTION_STRING";

    // The documented, public development-storage key; not a secret.
    private const string AccountName = "devstoreaccount1";
    private const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const int MaxStartAttempts = 3;
    private const int MaxNameLength = 63;
    private const int UniqueSuffixLength = 16;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly StringBuilder output = new();
    private Process? azurite;
    private DirectoryInfo? location;
    private string? connectionString;

    /// <summary>Azurite's connection string (account devstoreaccount1, explicit endpoints).</summary>
    public string ConnectionString =>
        connectionString ?? throw new InvalidOperationException("Azurite has not been started.");

    public BlobServiceClient CreateBlobServiceClient(BlobClientOptions? options = null) =>
        new(ConnectionString, options);

    /// <summary>
    /// A queue client; pass <see cref="QueueMessageEncoding.Base64"/> in <paramref name="options"/>
    /// for queues read by a Functions queue trigger.
    /// </summary>
    public QueueServiceClient CreateQueueServiceClient(QueueClientOptions? options = null) =>
        new(ConnectionString, options);

    public TableServiceClient CreateTableServiceClient(TableClientOptions? options = null) =>
        new(ConnectionString, options);

    /// <summary>
    /// A fresh name valid for a blob container, a queue and a table alike: lowercase letters and
    /// digits only, starting with a letter, at most 63 characters.
    /// </summary>
    public static string UniqueName(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var cleaned = new string(prefix.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        if (cleaned.Length == 0 || !char.IsAsciiLetter(cleaned[0]))
        {
            cleaned = "t" + cleaned;
        }

        var maxPrefixLength = MaxNameLength - UniqueSuffixLength;
        if (cleaned.Length > maxPrefixLength)
        {
            cleaned = cleaned[..maxPrefixLength];
        }

        return cleaned + Guid.NewGuid().ToString("N")[..UniqueSuffixLength];
    }

    public async ValueTask InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            connectionString = external;
            return;
        }

        var script = FindAzuriteScript();
        for (var attempt = 1; ; attempt++)
        {
            var ports = ReserveFreePorts(3);
            location = Directory.CreateTempSubdirectory("spm-azurite-");
            StartProcess(script, location.FullName, ports);
            try
            {
                await WaitUntilListeningAsync(ports);
                connectionString = BuildConnectionString(ports[0], ports[1], ports[2]);
                return;
            }
            catch (AzuriteExitedException) when (attempt < MaxStartAttempts)
            {
                // Most likely another process took one of the ports between reserving and binding.
                await StopProcessAsync();
            }
            catch
            {
                await StopProcessAsync();
                throw;
            }
        }
    }

    public async ValueTask DisposeAsync() => await StopProcessAsync();

    private static string FindAzuriteScript()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "package.json")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException(
                $"No package.json found above {AppContext.BaseDirectory}; cannot locate Azurite. "
                + $"Run the tests from the repository or set {ConnectionStringVariable}.");
        }

        // The node_modules/.bin/azurite shim links to this script. Running it with node directly
        // means the process we signal is Azurite itself, not a wrapper.
        var script = Path.Combine(directory.FullName, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed: {script} is missing. Run `npm ci` in {directory.FullName} "
                + $"(or set {ConnectionStringVariable} to use a running Azurite).");
        }

        return script;
    }

    private static int[] ReserveFreePorts(int count)
    {
        // Hold all listeners open at once so the ports are distinct, then release them for Azurite.
        var listeners = new List<TcpListener>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
            }

            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }

    private void StartProcess(string script, string workspace, int[] ports)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workspace,
        };
        string[] arguments =
        [
            script,
            "--skipApiVersionCheck", "--loose", "--silent", "--disableTelemetry",
            "--blobHost", "127.0.0.1", "--blobPort", Format(ports[0]),
            "--queueHost", "127.0.0.1", "--queuePort", Format(ports[1]),
            "--tableHost", "127.0.0.1", "--tablePort", Format(ports[2]),
            "--location", workspace,
        ];
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        lock (output)
        {
            output.Clear();
        }

        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            process.Dispose();
            throw new InvalidOperationException("Could not start `node`; is Node.js on the PATH?", ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        azurite = process;
    }

    private async Task WaitUntilListeningAsync(int[] ports)
    {
        var process = azurite!;
        using var timeout = new CancellationTokenSource(StartTimeout);
        var pending = new HashSet<int>(ports);
        while (pending.Count > 0)
        {
            if (process.HasExited)
            {
                throw new AzuriteExitedException(
                    $"Azurite exited with code {process.ExitCode} before listening. Output:\n{Output()}");
            }

            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"Azurite did not listen on ports {string.Join(", ", pending)} within {StartTimeout.TotalSeconds:0} s. "
                    + $"Output:\n{Output()}");
            }

            foreach (var port in pending.ToArray())
            {
                if (await AcceptsConnectionAsync(port, timeout.Token))
                {
                    pending.Remove(port);
                }
            }

            if (pending.Count > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
            }
        }
    }

    private static async Task<bool> AcceptsConnectionAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task StopProcessAsync()
    {
        var process = azurite;
        azurite = null;
        if (process is not null)
        {
            try
            {
                if (!process.HasExited)
                {
                    await InterruptAsync(process);
                    using var wait = new CancellationTokenSource(StopTimeout);
                    try
                    {
                        await process.WaitForExitAsync(wait.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        process.Kill(entireProcessTree: true);
                        await process.WaitForExitAsync(CancellationToken.None);
                    }
                }
            }
            finally
            {
                process.Dispose();
            }
        }

        var workspace = location;
        location = null;
        if (workspace is not null)
        {
            try
            {
                workspace.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp directory is harmless; do not fail the run over it.
            }
        }
    }

    private static async Task InterruptAsync(Process process)
    {
        if (OperatingSystem.IsWindows())
        {
            // Windows has no SIGINT for another console process; end it outright.
            process.Kill(entireProcessTree: true);
            return;
        }

        // Azurite closes its servers and flushes its metadata on SIGINT.
        using var kill = Process.Start(new ProcessStartInfo("kill")
        {
            ArgumentList = { "-INT", Format(process.Id) },
            UseShellExecute = false,
        });
        if (kill is not null)
        {
            await kill.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static string BuildConnectionString(int blobPort, int queuePort, int tablePort) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};"
            + $"BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};"
            + $"QueueEndpoint=http://127.0.0.1:{queuePort}/{AccountName};"
            + $"TableEndpoint=http://127.0.0.1:{tablePort}/{AccountName};");

    private static string Format(int number) => number.ToString(CultureInfo.InvariantCulture);

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private string Output()
    {
        lock (output)
        {
            return output.Length == 0 ? "(none)" : output.ToString();
        }
    }

    private sealed class AzuriteExitedException(string message) : Exception(message);
}
