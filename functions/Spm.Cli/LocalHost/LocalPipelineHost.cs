using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Host;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spm.Core.Hosting;
using Spm.Core.Submissions;
using Spm.Infrastructure.Hosting;
using Spm.Infrastructure.Storage;

namespace Spm.Cli.LocalHost;

/// <summary>
/// Builds the local host of <c>spm serve</c>: the WebJobs SDK with its real blob (container scan), queue and timer
/// triggers, on the same services the Functions app composes, against Azurite or any storage connection.
/// </summary>
public static class LocalPipelineHost
{
    /// <summary>How long an idle queue listener waits at most before polling again (the SDK's default is a minute).</summary>
    public static readonly TimeSpan MaxPollingInterval = TimeSpan.FromSeconds(1);

    /// <param name="settings">Configuration: at least the storage connections; the clock setting and schedules as wanted.</param>
    /// <param name="logging">Where the host's logs go (the CLI's console, or nothing in tests).</param>
    /// <param name="overrides">Services to replace after composition (tests: a fake clock, observers).</param>
    public static IHost Build(IConfiguration settings, Action<ILoggingBuilder>? logging = null, Action<IServiceCollection>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = new HostBuilder()
            .UseEnvironment(Environments.Development)
            .ConfigureAppConfiguration(configuration =>
            {
                configuration.AddInMemoryCollection(FunctionNames.DefaultSchedules.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
                configuration.AddConfiguration(settings);
            })
            .ConfigureLogging(builder =>
            {
                builder.ClearProviders();
                logging?.Invoke(builder);
            })
            .ConfigureWebJobs((context, webJobs) =>
            {
                webJobs.AddAzureStorageCoreServices();
                webJobs.AddAzureStorageBlobs();
                webJobs.AddAzureStorageQueues(queues =>
                {
                    queues.MaxPollingInterval = MaxPollingInterval;
                    queues.MaxDequeueCount = context.Configuration.GetValue($"{PipelineOptions.SectionName}:{nameof(PipelineOptions.MaxAttempts)}", new PipelineOptions().MaxAttempts);
                    queues.VisibilityTimeout = TimeSpan.FromSeconds(2);
                });
                webJobs.AddTimers();
            })
            .ConfigureServices((context, services) =>
            {
                services.AddSpmCore(context.Configuration).AddSpmInfrastructure(context.Configuration);
                services.AddSingleton<LocalFunctions>();
                services.AddSingleton<ITypeLocator>(new LocalTypeLocator());
                services.AddSingleton<IJobActivator, ServiceProviderJobActivator>();
                overrides?.Invoke(services);
            });
        return builder.Build();
    }

    /// <summary>Creates the containers, queues and tables the code uses, then starts the host.</summary>
    public static async Task StartAsync(IHost host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        await host.Services.GetRequiredService<StorageClients>().EnsureCreatedAsync(cancellationToken);
        await host.StartAsync(cancellationToken);
    }

    private sealed class LocalTypeLocator : ITypeLocator
    {
        public IReadOnlyList<Type> GetTypes() => [typeof(LocalFunctions)];
    }

    private sealed class ServiceProviderJobActivator(IServiceProvider services) : IJobActivator
    {
        public T CreateInstance<T>() => ActivatorUtilities.GetServiceOrCreateInstance<T>(services);
    }
}
