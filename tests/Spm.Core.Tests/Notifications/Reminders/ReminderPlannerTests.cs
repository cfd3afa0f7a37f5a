using Spm.Core.Catalog;
using Spm.Core.Notifications.Reminders;
using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;
using Spm.Testing;
using static Spm.Testing.Uploads;

namespace Spm.Core.Tests.Notifications.Reminders;

public class ReminderPlannerTests
{
    private static readonly LoadedCatalog Later = TestCatalogs.WithYears(2023, 2025);

    // The default policy: 14, 7, 3, 1 days before, on the day, 1, 3, 7 after, then weekly; from 09:00 Asia/Almaty
    // (03:00Z until 1 March 2024, 04:00Z since).
    [Theory]
    [InlineData("2019-06-26T03:00:00Z", "2019-H1", "due-14")]
    [InlineData("2019-07-03T03:00:00Z", "2019-H1", "due-7")]
    [InlineData("2019-07-07T03:00:00Z", "2019-H1", "due-3")]
    [InlineData("2019-07-09T03:00:00Z", "2019-H1", "due-1")]
    [InlineData("2019-07-10T03:00:00Z", "2019-H1", "due-0")]
    [InlineData("2019-07-10T17:59:00Z", "2019-H1", "due-0")]
    [InlineData("2019-07-11T03:00:00Z", "2019-H1", "overdue-1")]
    [InlineData("2019-07-13T03:00:00Z", "2019-H1", "overdue-3")]
    [InlineData("2019-07-17T03:00:00Z", "2019-H1", "overdue-7")]
    [InlineData("2019-07-24T03:00:00Z", "2019-H1", "overdue-week-2")]
    [InlineData("2019-07-31T03:00:00Z", "2019-H1", "overdue-week-3")]
    [InlineData("2019-12-27T03:00:00Z", "2019-FY", "due-14")]
    [InlineData("2020-01-09T03:00:00Z", "2019-FY", "due-1")]
    [InlineData("2020-01-10T03:00:00Z", "2019-FY", "due-0")]
    [InlineData("2020-01-10T17:59:00Z", "2019-FY", "due-0")]
    [InlineData("2020-01-11T03:00:00Z", "2019-FY", "overdue-1")]
    [InlineData("2020-01-17T03:00:00Z", "2019-FY", "overdue-7")]
    public void Plan_AroundTheDeadlines_RemindsEveryUnitOwingOnTheDay(string now, string period, string occasion)
    {
        var plan = Plan(now);

        var owing = Spm.Core.Reporting.ReportObligations.AgenciesOwing(TestCatalogs.Decree, period);
        var reminders = plan.Reminders.Where(r => r.Period.Code == period).ToList();
        Assert.Equal(owing, reminders.Select(r => r.Unit));
        Assert.All(reminders, r => Assert.Equal(occasion, r.Occasion));
        Assert.All(reminders, r => Assert.Equal($"{period}|{r.Unit}|{occasion}", r.Key));
    }

    [Theory]
    [InlineData("2019-07-04T03:00:00Z")]
    [InlineData("2019-07-08T03:00:00Z")]
    [InlineData("2019-07-12T03:00:00Z")]
    [InlineData("2019-07-20T03:00:00Z")]
    [InlineData("2019-06-25T03:00:00Z")]
    public void Plan_DaysWithoutAnOccasion_PlanNoReminder(string now) =>
        Assert.Empty(Plan(now).Reminders);

    [Theory]
    [InlineData("2019-07-10T02:59:00Z", "2019-07-10")]
    [InlineData("2019-07-10T00:00:00Z", "2019-07-10")]
    [InlineData("2019-07-10T18:00:00Z", "2019-07-11")]
    [InlineData("2024-07-10T00:00:00Z", "2024-07-10")]
    [InlineData("2024-07-10T03:59:00Z", "2024-07-10")]
    public void Plan_BeforeNineLocal_PlansNothingYet(string now, string localDate)
    {
        var plan = Plan(now, catalog: now.StartsWith("2024", StringComparison.Ordinal) ? Later : null);

        Assert.True(plan.BeforeSendHour);
        Assert.Equal(DateOnly.Parse(localDate, System.Globalization.CultureInfo.InvariantCulture), plan.LocalDate);
        Assert.Empty(plan.Reminders);
        Assert.Null(plan.Digest);
    }

    // Around midnight UTC: Almaty's day ends at 18:00Z while it is UTC+6 (until 1 March 2024) and at 19:00Z since.
    [Theory]
    [InlineData("2019-07-09T17:59:00Z", "2019-H1", "due-1")]
    [InlineData("2019-07-09T18:00:00Z", "2019-H1", "due-0")]
    [InlineData("2019-07-10T00:00:00Z", "2019-H1", "due-0")]
    [InlineData("2019-07-10T17:59:59Z", "2019-H1", "due-0")]
    [InlineData("2019-07-10T18:00:00Z", "2019-H1", "overdue-1")]
    [InlineData("2019-07-10T18:30:00Z", "2019-H1", "overdue-1")]
    [InlineData("2020-01-10T17:59:00Z", "2019-FY", "due-0")]
    [InlineData("2020-01-10T18:00:00Z", "2019-FY", "overdue-1")]
    [InlineData("2024-01-10T17:59:00Z", "2023-FY", "due-0")]
    [InlineData("2024-01-10T18:00:00Z", "2023-FY", "overdue-1")]
    [InlineData("2024-07-09T19:00:00Z", "2024-H1", "due-0")]
    [InlineData("2024-07-10T00:00:00Z", "2024-H1", "due-0")]
    [InlineData("2024-07-10T18:00:00Z", "2024-H1", "due-0")]
    [InlineData("2024-07-10T18:30:00Z", "2024-H1", "due-0")]
    [InlineData("2024-07-10T18:59:59Z", "2024-H1", "due-0")]
    [InlineData("2024-07-10T19:00:00Z", "2024-H1", "overdue-1")]
    public void Plan_AroundMidnightUtc_CountsDaysInAsiaAlmaty(string now, string period, string occasion)
    {
        var plan = Plan(now, new ReminderPolicy { SendHour = 0 }, now.StartsWith("2024", StringComparison.Ordinal) ? Later : null);

        var reminder = plan.Reminders.First(r => r.Period.Code == period);
        Assert.Equal(occasion, reminder.Occasion);
    }

    [Theory]
    [InlineData("2024-07-10T04:00:00Z", "due-0")]
    [InlineData("2024-07-10T18:30:00Z", "due-0")]
    [InlineData("2024-07-11T04:00:00Z", "overdue-1")]
    public void Plan_SinceUtcPlusFive_SendsFromFourUtc(string now, string occasion)
    {
        var plan = Plan(now, catalog: Later);

        Assert.Equal(occasion, plan.Reminders.First(r => r.Period.Code == "2024-H1").Occasion);
    }

    [Fact]
    public void Plan_AcceptedReport_NoReminderAndNotLate()
    {
        var plan = Plan("2019-07-11T03:00:00Z", submissions: [Upload("mia", "2019-H1", "2019-07-05T06:00:00Z", SubmissionOutcome.Accepted)]);

        Assert.DoesNotContain(plan.Reminders, r => r.Unit == "mia");
        var period = Assert.Single(plan.Periods);
        Assert.Equal(1, period.UnitsAccepted);
        Assert.DoesNotContain(period.Late, l => l.Unit == "mia");
        Assert.Contains(period.Late, l => l.Unit == "akmola");
    }

    [Fact]
    public void Plan_ReportAcceptedLate_StopsTheReminders()
    {
        var plan = Plan("2019-07-13T03:00:00Z", submissions: [Upload("mia", "2019-H1", "2019-07-12T04:00:00Z", SubmissionOutcome.Accepted)]);

        Assert.DoesNotContain(plan.Reminders, r => r.Unit == "mia");
        Assert.DoesNotContain(plan.Periods[0].Late, l => l.Unit == "mia");
    }

    [Fact]
    public void Plan_RejectedThenAccepted_NoReminder()
    {
        var plan = Plan("2019-07-11T03:00:00Z", submissions:
        [
            Upload("mia", "2019-H1", "2019-07-09T06:00:00Z", SubmissionOutcome.Rejected),
            Upload("mia", "2019-H1", "2019-07-10T06:00:00Z", SubmissionOutcome.Accepted),
        ]);

        Assert.DoesNotContain(plan.Reminders, r => r.Unit == "mia");
    }

    [Fact]
    public void Plan_RejectedOnly_TellsTheUnitWithItsTopFindingsErrorsFirst()
    {
        var rejected = Upload("akmola", "2019-H1", "2019-07-09T06:00:00Z", SubmissionOutcome.Rejected);
        Finding[] findings =
        [
            Warning("F20", "ескерту", "предупреждение"),
            Error("E12", "E12 толтырылмаған", "E12 не заполнена"),
            Error("D9", "D9 толтырылмаған", "D9 не заполнена"),
        ];

        var plan = Plan("2019-07-11T03:00:00Z", findings: new Dictionary<string, IReadOnlyList<Finding>> { [rejected.Id] = findings }, submissions: [rejected]);

        var reminder = plan.Reminders.Single(r => r.Unit == "akmola");
        Assert.Equal("overdue-1", reminder.Occasion);
        var refusal = Assert.IsType<LastRefusal>(reminder.LastRefusal);
        Assert.Equal(SubmissionOutcome.Rejected, refusal.Outcome);
        Assert.Equal(["D9", "E12", "F20"], refusal.TopFindings.Select(f => f.Cell));
        var period = plan.Periods[0];
        Assert.Contains(period.Late, l => l is { Unit: "akmola", RejectedOnly: true, DaysOverdue: 1 });
        Assert.Contains(period.Refused, r => r.Unit == "akmola");
    }

    [Fact]
    public void Plan_QuarantinedUpload_QuotesNothingOfIt()
    {
        var quarantined = Upload("aktobe", "2019-H1", "2019-07-09T06:00:00Z", SubmissionOutcome.Quarantined);
        var findings = new Dictionary<string, IReadOnlyList<Finding>> { [quarantined.Id] = [Error("B5", "ҚҰПИЯ МӘТІН", "СЕКРЕТНЫЙ ТЕКСТ")] };

        var plan = Plan("2019-07-10T03:00:00Z", findings: findings, submissions: [quarantined]);

        var refusal = plan.Reminders.Single(r => r.Unit == "aktobe").LastRefusal!;
        Assert.Equal(SubmissionOutcome.Quarantined, refusal.Outcome);
        Assert.Empty(refusal.TopFindings);
    }

    [Fact]
    public void Plan_LatestUploadStillProcessing_NoReminderButListed()
    {
        var plan = Plan("2019-07-11T03:00:00Z", submissions:
        [
            Upload("atyrau", "2019-H1", "2019-07-09T06:00:00Z", SubmissionOutcome.Rejected),
            Upload("atyrau", "2019-H1", "2019-07-11T02:59:00Z", SubmissionOutcome.Pending),
        ]);

        Assert.DoesNotContain(plan.Reminders, r => r.Unit == "atyrau");
        Assert.Contains("atyrau", plan.Periods[0].Processing);
    }

    [Fact]
    public void Plan_Digest_ListsLateUnitsFromTheFirstOverdueDay()
    {
        var due = Plan("2019-07-10T03:00:00Z");
        var overdue = Plan("2019-07-11T03:00:00Z");

        Assert.Empty(due.Digest!.Periods[0].Late);
        Assert.True(due.Digest.IsEmpty);
        Assert.Equal("digest|2019-07-11", overdue.Digest!.Key);
        Assert.Equal(overdue.Periods[0].UnitsOwing, overdue.Digest.Periods[0].Late.Count);
        Assert.False(overdue.Digest.IsEmpty);
    }

    [Fact]
    public void Plan_Digest_ListsIncidentsOfThePreviousDayWithMetadataOnly()
    {
        var inside = Upload("mia", "", "2019-07-10T05:00:00Z", SubmissionOutcome.Quarantined);
        var before = Upload("mes", "", "2019-07-10T02:59:00Z", SubmissionOutcome.Quarantined);
        var after = Upload("mfa", "", "2019-07-11T03:00:00Z", SubmissionOutcome.Quarantined);
        var ordinary = Upload("mof", "2019-H1", "2019-07-10T06:00:00Z", SubmissionOutcome.Rejected);

        var plan = Plan("2019-07-11T03:00:00Z", recent: [inside, before, after, ordinary]);

        var incident = Assert.Single(plan.Digest!.Incidents);
        Assert.Equal("mia", incident.Unit);
        Assert.Equal(12, incident.HashPrefix.Length);
        Assert.Equal("classified.content", incident.Rule);
        Assert.Equal(48_213, incident.SizeBytes);
    }

    [Fact]
    public void Plan_OneOffMeasureDeadlineBeforeThePeriods_RemindsItsUnitsOnly()
    {
        // Measure 31 (mid, mfa) is due 10.12.2019; the 2019 annual report answers for it.
        var before = Plan("2019-12-03T03:00:00Z");
        var after = Plan("2019-12-11T03:00:00Z");

        Assert.Equal(["mfa", "mid"], before.Reminders.Select(r => r.Unit).Order());
        var reminder = before.Reminders.Single(r => r.Unit == "mid");
        Assert.Equal("oneoff-2019-12-10-due-7", reminder.Occasion);
        Assert.Equal("2019-FY|mid|oneoff-2019-12-10-due-7", reminder.Key);
        Assert.True(reminder.IsOneOff);
        Assert.Equal(new DateOnly(2019, 12, 10), reminder.Deadline);
        Assert.Contains(reminder.Items, i => i.Code == "M-31" && i.OneOffDue == new DateOnly(2019, 12, 10));
        Assert.Equal("oneoff-2019-12-10-overdue-1", after.Reminders.Single(r => r.Unit == "mid" && r.Period.Code == "2019-FY").Occasion);
        Assert.Contains(after.Digest!.OneOffsOverdue, o => o is { Unit: "mid", Code: "M-31", DaysOverdue: 1 });
    }

    [Fact]
    public void Plan_OneOffAcceptedAlready_NoReminder()
    {
        var plan = Plan("2019-12-03T03:00:00Z", submissions: [Upload("mid", "2019-FY", "2019-12-02T05:00:00Z", SubmissionOutcome.Accepted)]);

        Assert.Equal(["mfa"], plan.Reminders.Select(r => r.Unit));
    }

    [Fact]
    public void Plan_OneOffOnThePeriodsDueDate_IsListedInThePeriodsReminder()
    {
        // Measure 12 (mes) is due 10.07.2018, the 2018 half-year's due date.
        var plan = Plan("2018-07-03T03:00:00Z");

        var reminder = plan.Reminders.Single(r => r.Unit == "mes");
        Assert.Equal("due-7", reminder.Occasion);
        Assert.Contains(reminder.Items, i => i.Code == "M-12" && i.OneOffDue == new DateOnly(2018, 7, 10));
    }

    [Fact]
    public void Plan_OneOffOfAnEarlierPeriod_IsNotAOneOffAgain()
    {
        // Measure 41's 10.07.2018 belongs to the 2018 half-year; the 2018 annual report lists the measure without it.
        var plan = Plan("2019-01-03T03:00:00Z");

        var item = plan.Reminders.Single(r => r.Unit == "mia" && r.Period.Code == "2018-FY").Items.Single(i => i.Code == "M-41");
        Assert.Null(item.OneOffDue);
    }

    [Fact]
    public void Plan_NextPeriodsRemindersStart_OlderPeriodStops()
    {
        var policy = new ReminderPolicy();

        var last = ReminderPlanner.LastOverdueDay(TestCatalogs.Decree, TestCatalogs.Decree.Periods.Single(p => p.Code == "2019-H1"), policy);
        var stillOn = Plan("2019-12-25T03:00:00Z");
        var takenOver = Plan("2019-12-27T03:00:00Z");

        Assert.Equal(169, last);
        Assert.Contains(stillOn.Reminders, r => r.Period.Code == "2019-H1" && r.Occasion == "overdue-week-24");
        Assert.DoesNotContain(takenOver.Periods, p => p.Period.Code == "2019-H1");
        Assert.All(takenOver.Reminders, r => Assert.Equal("2019-FY", r.Period.Code));
    }

    [Fact]
    public void Plan_SameInputsTwice_SamePlan()
    {
        var first = Plan("2019-07-11T03:00:00Z");
        var second = Plan("2019-07-11T05:00:00Z");

        Assert.Equal(first.Reminders.Select(r => r.Key), second.Reminders.Select(r => r.Key));
        Assert.Equal(first.Digest!.Key, second.Digest!.Key);
    }

    [Theory]
    [InlineData(-14, "due-14")]
    [InlineData(-7, "due-7")]
    [InlineData(-3, "due-3")]
    [InlineData(-1, "due-1")]
    [InlineData(-2, null)]
    [InlineData(-15, null)]
    [InlineData(0, "due-0")]
    [InlineData(1, "overdue-1")]
    [InlineData(2, null)]
    [InlineData(3, "overdue-3")]
    [InlineData(7, "overdue-7")]
    [InlineData(8, null)]
    [InlineData(14, "overdue-week-2")]
    [InlineData(21, "overdue-week-3")]
    [InlineData(182, "overdue-week-26")]
    [InlineData(189, null)]
    public void Occasion_DefaultPolicy_NamesTheDay(int daysAfter, string? expected) =>
        Assert.Equal(expected, ReminderPlanner.Occasion(daysAfter, new ReminderPolicy(), weekly: true, lastDay: 182));

    [Fact]
    public void FindingsWanted_OnlyTheLatestRejectedUploadOfUnitsWithoutAnAcceptedOne()
    {
        var old = Upload("akmola", "2019-H1", "2019-07-01T06:00:00Z", SubmissionOutcome.Rejected);
        var latest = Upload("akmola", "2019-H1", "2019-07-02T06:00:00Z", SubmissionOutcome.Rejected);
        var fixedLater = Upload("mia", "2019-H1", "2019-07-02T06:00:00Z", SubmissionOutcome.Rejected);
        var accepted = Upload("mia", "2019-H1", "2019-07-03T06:00:00Z", SubmissionOutcome.Accepted);
        var quarantined = Upload("aktobe", "2019-H1", "2019-07-03T06:00:00Z", SubmissionOutcome.Quarantined);

        var wanted = ReminderPlanner.FindingsWanted([old, latest, fixedLater, accepted, quarantined]);

        Assert.Equal([latest.Id], wanted);
    }

    private static ReminderPlan Plan(
        string now,
        ReminderPolicy? policy = null,
        LoadedCatalog? catalog = null,
        IReadOnlyDictionary<string, IReadOnlyList<Finding>>? findings = null,
        IReadOnlyList<Submission>? submissions = null,
        IReadOnlyList<Submission>? recent = null) =>
        ReminderPlanner.Plan(
            new ReminderInputs((catalog ?? TestCatalogs.Loaded).Catalog, submissions ?? [], findings ?? new Dictionary<string, IReadOnlyList<Finding>>(), recent ?? []),
            Utc(now),
            policy ?? new ReminderPolicy());
}
