using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;

namespace Spm.Infrastructure.Templates;

/// <summary>The template and feedback writer behind the Core port, on SpreadCheetah (<see cref="ReportTemplateWriter"/>).</summary>
internal sealed class TemplateWriter(LoadedCatalog catalog) : IReportTemplateWriter
{
    public Task WriteTemplateAsync(Stream output, ObligationsResult obligations, CancellationToken cancellationToken) =>
        ReportTemplateWriter.WriteAsync(output, catalog, obligations, cancellationToken);

    public Task WriteFeedbackAsync(Stream output, ObligationsResult obligations, ValidationResult result, CancellationToken cancellationToken) =>
        ReportTemplateWriter.WriteAsync(output, catalog, obligations, result, cancellationToken);
}
