using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Spm.Integration.Tests.Email;

/// <summary>
/// A local stand-in for SendGrid's API on 127.0.0.1: records every request and answers from a script
/// (then 202 with an <c>X-Message-Id</c>). The real SendGrid client talks to it over HTTP.
/// </summary>
internal sealed class SendGridStub : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<Answer> script = new();
    private readonly ConcurrentQueue<Request> requests = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;
    private int served;

    public SendGridStub()
    {
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public Uri Host => new($"http://127.0.0.1:{Port}");

    public IReadOnlyList<Request> Requests => [.. requests];

    /// <summary>Answers the next requests with these statuses (and headers), then 202.</summary>
    public SendGridStub Then(HttpStatusCode status, IReadOnlyDictionary<string, string>? headers = null, TimeSpan delay = default)
    {
        script.Enqueue(new Answer(status, headers ?? new Dictionary<string, string>(), delay));
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Close();
        try
        {
            await loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
        }

        stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            requests.Enqueue(new Request(
                context.Request.HttpMethod,
                context.Request.Url?.AbsolutePath ?? "",
                context.Request.Headers["Authorization"] ?? "",
                body,
                DateTimeOffset.UtcNow));
            var answer = script.TryDequeue(out var scripted) ? scripted : new Answer(HttpStatusCode.Accepted, new Dictionary<string, string>(), TimeSpan.Zero);
            if (answer.Delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(answer.Delay, stopping.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            context.Response.StatusCode = (int)answer.Status;
            foreach (var (name, value) in answer.Headers)
            {
                context.Response.Headers[name] = value;
            }

            if (answer.Status == HttpStatusCode.Accepted)
            {
                context.Response.Headers["X-Message-Id"] = $"stub-{Interlocked.Increment(ref served)}";
            }

            try
            {
                context.Response.Close();
            }
            catch (HttpListenerException)
            {
                // The client gave up (a timeout test).
            }
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    internal sealed record Request(string Method, string Path, string Authorization, string Body, DateTimeOffset ReceivedUtc);

    private sealed record Answer(HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, TimeSpan Delay);
}
