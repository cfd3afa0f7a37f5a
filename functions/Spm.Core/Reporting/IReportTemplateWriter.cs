using Spm.Core.Reporting.Validation;

namespace Spm.Core.Reporting;

/// <summary>Writes report workbooks: an agency's template for a period, and the feedback copy of a checked report.</summary>
public interface IReportTemplateWriter
{
    /// <summary>Writes the template of a successful <see cref="ReportObligations.For"/> result.</summary>
    Task WriteTemplateAsync(Stream output, ObligationsResult obligations, CancellationToken cancellationToken);

    /// <summary>Writes the report back into the template with its values and every finding marked on its cell.</summary>
    Task WriteFeedbackAsync(Stream output, ObligationsResult obligations, ValidationResult result, CancellationToken cancellationToken);
}
