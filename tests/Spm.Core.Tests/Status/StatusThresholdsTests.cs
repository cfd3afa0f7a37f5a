using System.ComponentModel.DataAnnotations;
using Spm.Core.Status;

namespace Spm.Core.Tests.Status;

public class StatusThresholdsTests
{
    [Fact]
    public void Defaults_AreValidAndDocumented()
    {
        var thresholds = new StatusThresholds();

        Assert.True(Validator.TryValidateObject(thresholds, new ValidationContext(thresholds), null, validateAllProperties: true));
        Assert.Equal(50m, thresholds.PartialProgressPercent);
        Assert.Equal(90m, thresholds.PartialAchievementPercent);
        Assert.Equal(50m, thresholds.OnTrackProgressPercent);
        Assert.Equal(90m, thresholds.OnTrackAchievementPercent);
        Assert.Equal("Status", StatusThresholds.SectionName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    public void Validate_PercentOutsideZeroToHundred_Fails(double percent)
    {
        var thresholds = new StatusThresholds { OnTrackAchievementPercent = (decimal)percent };
        var errors = new List<ValidationResult>();

        var valid = Validator.TryValidateObject(thresholds, new ValidationContext(thresholds), errors, validateAllProperties: true);

        Assert.False(valid);
        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(StatusThresholds.OnTrackAchievementPercent)));
    }
}
