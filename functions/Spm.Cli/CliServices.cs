using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spm.Core.Hosting;
using Spm.Infrastructure.Hosting;

namespace Spm.Cli;

/// <summary>The same services the Functions app composes, for one command: configuration from the environment, the clock from <c>--now</c>.</summary>
internal static class CliServices
{
    public static ServiceProvider Build(DateTimeOffset? now = null, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings ?? [])
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        if (now is { } start)
        {
            services.AddSingleton<TimeProvider>(new ReplayClock(start));
        }

        services.AddSpmCore(configuration).AddSpmInfrastructure(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
