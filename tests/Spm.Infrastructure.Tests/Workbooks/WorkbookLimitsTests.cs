using System.ComponentModel.DataAnnotations;
using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Tests.Workbooks;

public class WorkbookLimitsTests
{
    [Fact]
    public void Validate_Defaults_AreValid()
    {
        var limits = new WorkbookLimits();
        var results = new List<ValidationResult>();

        var valid = Validator.TryValidateObject(limits, new ValidationContext(limits), results, validateAllProperties: true);

        Assert.True(valid);
        Assert.Empty(results);
    }

    [Fact]
    public void Validate_NonPositiveLimits_AreInvalid()
    {
        var limits = new WorkbookLimits { MaxFileBytes = 0, MaxEntries = 0, MaxRowsPerSheet = 2_000_000 };
        var results = new List<ValidationResult>();

        var valid = Validator.TryValidateObject(limits, new ValidationContext(limits), results, validateAllProperties: true);

        Assert.False(valid);
        Assert.Equal(
            [nameof(WorkbookLimits.MaxEntries), nameof(WorkbookLimits.MaxFileBytes), nameof(WorkbookLimits.MaxRowsPerSheet)],
            results.SelectMany(r => r.MemberNames).Order(StringComparer.Ordinal));
    }
}
