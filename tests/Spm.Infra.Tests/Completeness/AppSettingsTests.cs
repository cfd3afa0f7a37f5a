using Spm.Infra.Tests.Deployment;
using Spm.Infrastructure.Storage;

namespace Spm.Infra.Tests.Completeness;

/// <summary>Every setting in <see cref="AppSettings.Required"/> is set on the Functions app: a setting added in code only fails here.</summary>
public sealed class AppSettingsTests(DeploymentFixture deployment)
{
    [Fact]
    public void Required_EveryScenario_IsSetOnTheFunctionsAppWithAValue()
    {
        foreach (var snapshot in deployment.All)
        {
            var settings = snapshot.AppSettings;

            var missing = AppSettings.Required.Where(name => !settings.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value));

            Assert.Empty(missing);
        }
    }

    [Fact]
    public void Schedules_Baseline_AreSixFieldNcrontab()
    {
        var settings = deployment.Baseline.AppSettings;

        Assert.All(
            new[] { AppSettings.RemindersSchedule, AppSettings.ReconcileSchedule, AppSettings.StatusSchedule },
            name => Assert.Equal(6, settings[name].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));
    }
}
