using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Spm.PipelineBenchmarks;

/// <summary>
/// A private Azurite for one run: started with node from the repository's <c>node_modules</c> on free loopback ports
/// and a temporary folder, stopped with SIGINT (it flushes and exits), the folder removed. The same idea as the
/// integration tests' fixture, without the test project.
/// </summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    // The documented, public development-storage key; not a secret.
    private const string AccountName = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;
    private readonly DirectoryInfo _folder;
    private readonly StringBuilder _output = new();

    private AzuriteProcess(Process process, DirectoryInfo folder, int[] ports)
    {
        _process = process;
        _folder = folder;
        ConnectionString = string.Create(CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};"
            + $"BlobEndpoint=http://127.0.0.1:{ports[0]}/{AccountName};"
            + $"QueueEndpoint=http://127.0.0.1:{ports[1]}/{AccountName};"
            + $"TableEndpoint=http://127.0.0.1:{ports[2]}/{AccountName};");
    }

    public string ConnectionString { get; }

    public int ProcessId => _process.Id;

    public static async Task<AzuriteProcess> StartAsync()
    {
        var script = FindScript();
        for (var attempt = 1; ; attempt++)
        {
            var ports = FreePorts(3);
            var folder = Directory.CreateTempSubdirectory("spm-bench-azurite-");
            var start = new ProcessStartInfo("node")
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = folder.FullName,
            };
            foreach (var argument in new[]
            {
                script, "--skipApiVersionCheck", "--loose", "--silent", "--disableTelemetry",
                "--blobHost", "127.0.0.1", "--blobPort", Format(ports[0]),
                "--queueHost", "127.0.0.1", "--queuePort", Format(ports[1]),
                "--tableHost", "127.0.0.1", "--tablePort", Format(ports[2]),
                "--location", folder.FullName,
            })
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node; is Node.js on the PATH?");
            var azurite = new AzuriteProcess(process, folder, ports);
            process.OutputDataReceived += (_, e) => azurite.Append(e.Data);
            process.ErrorDataReceived += (_, e) => azurite.Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (await azurite.WaitUntilListeningAsync(ports))
            {
                return azurite;
            }

            await azurite.DisposeAsync();
            if (attempt == 3)
            {
                throw new InvalidOperationException($"Azurite did not start: {azurite.Output()}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // Azurite closes its servers and flushes its metadata on SIGINT.
            using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-INT", Format(_process.Id) }, UseShellExecute = false }))
            {
                if (kill is not null)
                {
                    await kill.WaitForExitAsync();
                }
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }

        _process.Dispose();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private static string FindScript()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "package.json")))
        {
            directory = directory.Parent;
        }

        var script = directory is null ? null : Path.Combine(directory.FullName, "node_modules", "azurite", "dist", "src", "azurite.js");
        return script is not null && File.Exists(script)
            ? script
            : throw new InvalidOperationException("Azurite is not installed under the repository's node_modules: run `npm ci` (the scripts do).");
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    private async Task<bool> WaitUntilListeningAsync(int[] ports)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var pending = new HashSet<int>(ports);
        while (pending.Count > 0)
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                return false;
            }

            foreach (var port in pending.ToArray())
            {
                using var client = new TcpClient();
                try
                {
                    await client.ConnectAsync(IPAddress.Loopback, port);
                    pending.Remove(port);
                }
                catch (SocketException)
                {
                    await Task.Delay(100);
                }
            }
        }

        return true;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.Length == 0 ? "(no output)" : _output.ToString();
        }
    }

    private static string Format(int number) => number.ToString(CultureInfo.InvariantCulture);
}
