using Spm.Core.Reporting.Validation;

namespace Spm.Core.Tests.Reporting.Validation;

/// <summary>The report rules on an in-memory workbook: the validator alone.</summary>
public sealed class ReportValidatorTests : ReportValidatorRules
{
    protected override ValidationResult Run(InMemoryWorkbook workbook, string agency, TimeProvider now) =>
        new ReportValidator(Catalog, now).Validate(workbook, agency, TestContext.Current.CancellationToken);
}
