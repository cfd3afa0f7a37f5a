using System.ComponentModel.DataAnnotations;
using Spm.Core.Notifications.Reminders;
using Spm.Core.Status;

namespace Spm.Core.Tests.Notifications.Reminders;

public class ReminderPolicyTests
{
    private static readonly TimeZoneInfo Almaty = ReportingDeadlines.Zone("Asia/Almaty");

    [Fact]
    public void Defaults_AreTheIssuesSchedule()
    {
        var policy = new ReminderPolicy();

        Assert.Equal([14, 7, 3, 1], policy.BeforeDays);
        Assert.Equal([1, 3, 7], policy.AfterDays);
        Assert.True(policy.OnDueDate);
        Assert.True(policy.WeeklyAfter);
        Assert.Equal(1, policy.EscalateAfterDays);
        Assert.Equal(9, policy.SendHour);
        Assert.Empty(Validate(policy));
    }

    [Theory]
    [InlineData("14,x,3")]
    [InlineData("7,7")]
    [InlineData("0")]
    [InlineData("400")]
    [InlineData("-1")]
    public void Validate_BadDayLists_AreRefused(string days)
    {
        var problems = Validate(new ReminderPolicy { DaysBefore = days });

        Assert.Contains(problems, p => p.MemberNames.Contains(nameof(ReminderPolicy.DaysBefore)));
    }

    [Theory]
    [InlineData("2019-07-10", "2019-07-10T03:00:00Z", "0 0 3 * * *")]
    [InlineData("2024-02-29", "2024-02-29T03:00:00Z", "0 0 3 * * *")]
    [InlineData("2024-03-01", "2024-03-01T04:00:00Z", "0 0 4 * * *")]
    [InlineData("2024-07-10", "2024-07-10T04:00:00Z", "0 0 4 * * *")]
    public void SendInstant_NineInAlmaty_IsThreeOrFourUtc(string date, string expected, string schedule)
    {
        var policy = new ReminderPolicy();
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(Spm.Testing.Uploads.Utc(expected), policy.SendInstant(day, Almaty));
        Assert.Equal(schedule, policy.UtcSchedule(day, Almaty));
    }

    private static List<ValidationResult> Validate(ReminderPolicy policy)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(policy, new ValidationContext(policy), results, validateAllProperties: true);
        return results;
    }
}
