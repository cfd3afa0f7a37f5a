using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spm.Core.Hosting;
using Spm.Infrastructure.Hosting;
using Spm.Infrastructure.Storage;

namespace Spm.Cli;

/// <summary>
/// The same services the Functions app composes, for one command. Settings come from the environment, then
/// <c>local.settings.json</c> (its <c>Values</c>, as Functions Core Tools reads them) in the current folder; storage
/// from <c>--storage</c>, else the <c>AzureWebJobsStorage</c> setting, else Azurite on its default ports; the clock
/// from <c>--now</c>.
/// </summary>
internal static class CliServices
{
    /// <summary>Azurite on its default ports, the storage used when nothing else is configured.</summary>
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    public static ServiceProvider Build(DateTimeOffset? now = null, string? storage = null, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var configuration = Configuration(storage, settings);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        if (now is { } start)
        {
            services.AddSingleton<TimeProvider>(new ReplayClock(start));
        }

        services.AddSpmCore(configuration).AddSpmInfrastructure(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The settings a command (or the local host) runs with; see the class remarks for their order.</summary>
    public static IConfiguration Configuration(string? storage = null, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = new ConfigurationBuilder()
            .AddInMemoryCollection([new(Connections.Host, DevelopmentStorage)])
            .AddInMemoryCollection(LocalSettings())
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings ?? []);
        if (storage is not null)
        {
            // One connection for all three accounts, as locally on Azurite.
            builder.AddInMemoryCollection([new(Connections.Host, storage), new(Connections.Drop, storage), new(Connections.Report, storage)]);
        }

        var configuration = builder.Build();

        // Locally one storage serves all three accounts: the drop and report connections default to the host's.
        var host = configuration[Connections.Host];
        var fallbacks = new[] { Connections.Drop, Connections.Report }
            .Where(name => string.IsNullOrWhiteSpace(configuration[name]) && !configuration.GetSection(name).GetChildren().Any())
            .Select(name => new KeyValuePair<string, string?>(name, host))
            .ToList();
        return fallbacks.Count == 0 ? configuration : new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(fallbacks).Build();
    }

    /// <summary>The <c>Values</c> of <c>local.settings.json</c> in the current folder, if there is one.</summary>
    private static IEnumerable<KeyValuePair<string, string?>> LocalSettings()
    {
        var path = Path.Combine(Environment.CurrentDirectory, "local.settings.json");
        if (!File.Exists(path))
        {
            return [];
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!document.RootElement.TryGetProperty("Values", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        // Functions settings use "__" for sections, as environment variables do.
        return [.. values.EnumerateObject().Select(p => new KeyValuePair<string, string?>(p.Name.Replace("__", ":", StringComparison.Ordinal), p.Value.ToString()))];
    }
}
