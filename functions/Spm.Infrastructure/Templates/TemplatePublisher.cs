using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Infrastructure.Storage;

namespace Spm.Infrastructure.Templates;

/// <summary>Writes every owing unit's template for a period to the templates container, where reminders point agencies.</summary>
public sealed class TemplatePublisher(LoadedCatalog catalog, IReportTemplateWriter templates, StorageClients storage)
{
    /// <summary>The blob path of a unit's template: <c>{unit}/{unit}-{period}.xlsx</c> (as <c>Notifications:TemplateLocation</c> says).</summary>
    public static string PathOf(string unit, string period) => $"{unit}/{unit}-{period}.xlsx";

    /// <summary>Publishes the period's templates; returns how many.</summary>
    public async Task<int> PublishAsync(string period, CancellationToken cancellationToken)
    {
        var owing = ReportObligations.AgenciesOwing(catalog.Catalog, period);
        foreach (var unit in owing)
        {
            using var buffer = new MemoryStream();
            await templates.WriteTemplateAsync(buffer, ReportObligations.For(catalog.Catalog, unit, period), cancellationToken);
            buffer.Position = 0;
            await storage.Container(Containers.Templates).GetBlobClient(PathOf(unit, period)).UploadAsync(buffer, overwrite: true, cancellationToken);
        }

        return owing.Count;
    }
}
