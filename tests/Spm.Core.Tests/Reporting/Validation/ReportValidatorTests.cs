using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;
using Spm.Core.Screening;

namespace Spm.Core.Tests.Reporting.Validation;

/// <summary>The report rules on an in-memory workbook: the validator and the screen, without a file.</summary>
public sealed class ReportValidatorTests : ReportValidatorRules
{
    protected override ValidationResult Run(InMemoryWorkbook workbook, string agency, TimeProvider now) =>
        new WorkbookCheck(new ClassifiedScreen(Catalog), new ReportValidator(Catalog, now)).Check(workbook, agency, TestContext.Current.CancellationToken);
}
