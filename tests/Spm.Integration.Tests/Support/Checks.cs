using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spm.Core.Hosting;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;
using Spm.Core.Screening;
using Spm.Infrastructure.Hosting;

namespace Spm.Integration.Tests.Support;

/// <summary>"Check a report" as the pipeline and <c>spm validate</c> compose it, with the test's clock.</summary>
internal static class Checks
{
    public static ReportCheck Create(TimeProvider now) => Services(now).GetRequiredService<ReportCheck>();

    public static async Task<ValidationResult> FileAsync(string path, string agency, TimeProvider now, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await Create(now).CheckAsync(stream, agency, cancellationToken);
    }

    /// <summary>The lenient whole-file screen alone, as <see cref="ReportCheck"/> runs it on a file the reader cannot open.</summary>
    public static async Task<ScreeningResult> ScreenFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await Services(TimeProvider.System).GetRequiredService<IWorkbookScreen>().ScreenAsync(stream, cancellationToken);
    }

    private static ServiceProvider Services(TimeProvider now)
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSingleton(now);
        services.AddSpmCore(configuration).AddSpmInfrastructure(configuration);
        return services.BuildServiceProvider();
    }
}
