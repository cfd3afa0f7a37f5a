using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Spm.Core.Reporting;
using Spm.Core.Screening;
using Spm.Core.Submissions;
using Spm.Core.Workbooks;
using Spm.Infrastructure.Blobs;
using Spm.Infrastructure.Queues;
using Spm.Infrastructure.Storage;
using Spm.Infrastructure.Tables;
using Spm.Infrastructure.Templates;
using Spm.Infrastructure.Xlsx;

namespace Spm.Infrastructure.Hosting;

/// <summary>Registers the adapters: the xlsx reader and screen, the template writer, storage, and email, ledger, contacts and events.</summary>
public static class InfrastructureServiceCollectionExtensions
{
    public static IServiceCollection AddSpmInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WorkbookLimits>().BindConfiguration(WorkbookLimits.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<WorkbookLimits>>().Value);
        services.TryAddSingleton<IWorkbookReader>(provider => new XlsxWorkbookReader(provider.GetRequiredService<WorkbookLimits>()));
        services.TryAddSingleton<IWorkbookScreen>(provider => new XlsxScreen(provider.GetRequiredService<WorkbookLimits>(), provider.GetRequiredService<ClassifiedScreen>()));
        services.TryAddSingleton<IReportTemplateWriter, TemplateWriter>();
        services.TryAddSingleton(provider => new StorageClients(provider.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton<IDropStore, BlobDropStore>();
        services.TryAddSingleton<IReportArchive, BlobReportArchive>();
        services.TryAddSingleton<IPipelineQueues, StorageQueues>();
        services.TryAddSingleton<ISubmissionStore, TableSubmissionStore>();
        services.TryAddSingleton<IReportedValueStore, TableReportedValueStore>();
        services.TryAddSingleton<Spm.Core.Status.IStatusStore, TableStatusStore>();
        services.TryAddSingleton<UploadAccess>();
        services.TryAddSingleton<TemplatePublisher>();
        services.TryAddSingleton<Spm.Core.Status.Reports.IStatusReportStore, BlobStatusReportStore>();
        services.AddSpmNotificationAdapters();
        return services;
    }
}
