using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;
using Spm.Core.Screening;
using Spm.Core.Submissions;

namespace Spm.Core.Hosting;

/// <summary>Registers the domain services: the catalog, the clock, the screen, "check a report" and the pipeline's use cases.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddSpmCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CatalogOptions>().BindConfiguration(CatalogOptions.SectionName);
        services.AddOptions<ClockOptions>().BindConfiguration(ClockOptions.SectionName);
        services.AddOptions<ReportingWindow>().BindConfiguration(ReportingWindow.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(provider => LoadCatalog(provider.GetRequiredService<IOptions<CatalogOptions>>().Value));
        services.TryAddSingleton<TimeProvider>(provider =>
            provider.GetRequiredService<IOptions<ClockOptions>>().Value.Now is { } now ? new ReplayClock(now) : TimeProvider.System);
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<ReportingWindow>>().Value);
        services.TryAddSingleton<ClassifiedScreen>();
        services.TryAddSingleton<ReportValidator>();
        services.TryAddSingleton<ReportCheck>();

        services.AddOptions<PipelineOptions>().BindConfiguration(PipelineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<PipelineOptions>>().Value);
        services.TryAddSingleton<ReportIntake>();
        services.TryAddSingleton<ReportChain>();
        services.TryAddSingleton<SubmissionProcessor>();
        services.TryAddSingleton<DropReconciler>();
        services.TryAddSingleton<Resubmission>();
        services.TryAddSingleton<Notifications.Reminders.ISubmissionHistory, StoredSubmissionHistory>();
        services.AddOptions<Status.StatusThresholds>().BindConfiguration(Status.StatusThresholds.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<Status.StatusThresholds>>().Value);
        services.TryAddSingleton<Status.StatusCalculator>();
        services.TryAddSingleton<Status.StatusRecompute>();
        services.TryAddSingleton<Status.Reports.StatusReportService>();

        // Status first, so that a receipt or an event goes out after the tables show the outcome.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISubmissionObserver, Status.StatusObserver>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISubmissionObserver, ReceiptObserver>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISubmissionObserver, EventObserver>());
        services.AddSpmNotifications();
        return services;
    }

    /// <summary>The embedded catalog, or the file the setting names; a file that cannot be read stops the start with its reason.</summary>
    public static LoadedCatalog LoadCatalog(CatalogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return CatalogJson.LoadEmbedded();
        }

        try
        {
            return CatalogJson.Load(File.ReadAllText(options.Path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new InvalidOperationException($"The catalog file '{options.Path}' (setting {CatalogOptions.SectionName}:Path) cannot be loaded: {e.Message}", e);
        }
    }
}
