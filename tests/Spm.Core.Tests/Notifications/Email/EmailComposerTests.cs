using Microsoft.Extensions.Options;
using Spm.Core.Notifications;
using Spm.Core.Notifications.Contacts;
using Spm.Core.Notifications.Email;
using Spm.Core.Notifications.Reminders;
using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;
using Spm.Testing;
using static Spm.Testing.Uploads;

namespace Spm.Core.Tests.Notifications.Email;

public class EmailComposerTests
{
    private static readonly EmailComposer Composer = new(TestCatalogs.Loaded, Options.Create(new NotificationOptions()));

    [Fact]
    public void Receipt_ValuesWithMarkup_AreEscapedInHtmlAndKeptInText()
    {
        var submission = Upload("mia", "2019-H1", "2019-07-08T04:59:00Z", SubmissionOutcome.Rejected) with { BlobName = "mia/<script>alert(1)</script>&.xlsx" };
        Finding[] findings = [new(FindingSeverity.Error, "cell.number", "Есеп", "E12", "M-14", "«<b>x</b>» сан емес", "«<b>x</b>» не число", "Not a number.")];

        var message = Composer.Receipt(submission, findings, InMemoryContactDirectory.Sample("mia"));

        Assert.DoesNotContain("<script>", message.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>x</b>", message.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;.xlsx", message.Html, StringComparison.Ordinal);
        Assert.Contains("«&lt;b&gt;x&lt;/b&gt;» не число", message.Html, StringComparison.Ordinal);
        Assert.Contains("mia/<script>alert(1)</script>&.xlsx", message.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ContactLanguage.Both, true, true)]
    [InlineData(ContactLanguage.Kazakh, true, false)]
    [InlineData(ContactLanguage.Russian, false, true)]
    public void Reminder_ContactsLanguage_ChoosesTheBodyButTheSubjectHasBoth(ContactLanguage language, bool kazakh, bool russian)
    {
        var reminder = ReminderPlanner.Plan(new ReminderInputs(TestCatalogs.Decree, [], new Dictionary<string, IReadOnlyList<Finding>>(), []), Utc("2019-07-03T03:00:00Z"), new ReminderPolicy())
            .Reminders.Single(r => r.Unit == "mia");

        var message = Composer.Reminder(reminder, InMemoryContactDirectory.Sample("mia", language));

        Assert.Equal("Есеп тапсыру мерзімі 10.07.2019: 7 күн қалды / Срок сдачи отчёта 10.07.2019: осталось 7 дней", message.Subject);
        foreach (var body in new[] { message.Text, message.Html })
        {
            Assert.Equal(kazakh, body.Contains("Құрметті әріптестер!", StringComparison.Ordinal));
            Assert.Equal(russian, body.Contains("Уважаемые коллеги!", StringComparison.Ordinal));
        }

        Assert.Equal(kazakh, message.Html.Contains("<div lang=\"kk\">", StringComparison.Ordinal));
        Assert.Equal(russian, message.Html.Contains("<div lang=\"ru\">", StringComparison.Ordinal));
    }

    [Fact]
    public void Reminder_ListsEverythingOwedTheDueDateTheTemplateAndTheFolder()
    {
        var reminder = ReminderPlanner.Plan(new ReminderInputs(TestCatalogs.Decree, [], new Dictionary<string, IReadOnlyList<Finding>>(), []), Utc("2019-07-03T03:00:00Z"), new ReminderPolicy())
            .Reminders.Single(r => r.Unit == "mia");

        var message = Composer.Reminder(reminder, InMemoryContactDirectory.Sample("mia"));

        Assert.Contains($"Есепке енетін жолдар ({reminder.Items.Count}):", message.Text, StringComparison.Ordinal);
        Assert.Contains($"Строки отчёта ({reminder.Items.Count}):", message.Text, StringComparison.Ordinal);
        Assert.All(reminder.Items, i => Assert.Contains($"  - {i.Code} — ", message.Text, StringComparison.Ordinal));
        Assert.Contains("Тапсыру мерзімі: 10.07.2019, күн соңына дейін", message.Text, StringComparison.Ordinal);
        Assert.Contains("Срок сдачи: 10.07.2019, до конца дня", message.Text, StringComparison.Ordinal);
        Assert.Contains("Отчётный период: первое полугодие 2019 года", message.Text, StringComparison.Ordinal);
        Assert.Contains("Есепті кезең: 2019 жылдың бірінші жартыжылдығы", message.Text, StringComparison.Ordinal);
        Assert.Contains("До срока осталось 7 дней.", message.Text, StringComparison.Ordinal);
        Assert.Contains("Мерзімге дейін 7 күн қалды.", message.Text, StringComparison.Ordinal);
        Assert.Contains("templates/mia/mia-2019-H1.xlsx", message.Text, StringComparison.Ordinal);
        Assert.Contains("drop/mia/", message.Text, StringComparison.Ordinal);
        Assert.Contains("Министерство внутренних дел Республики Казахстан", message.Text, StringComparison.Ordinal);
        Assert.Equal(["spm", "reminder", "due-7", "2019-H1"], message.Categories);
        Assert.Equal("2019-H1|mia|due-7", message.CustomArgs["key"]);
        Assert.Equal("due-7", message.CustomArgs["occasion"]);
        Assert.Equal("2019-H1", message.CustomArgs["period"]);
        Assert.Equal("mia", message.CustomArgs["unit"]);
        Assert.Equal(["mia-copy@example.kz"], message.Cc);
    }

    [Fact]
    public void Reminder_OneOffDeadline_CountsFromTheMeasuresDateAndNamesTheReport()
    {
        var reminder = ReminderPlanner.Plan(new ReminderInputs(TestCatalogs.Decree, [], new Dictionary<string, IReadOnlyList<Finding>>(), []), Utc("2019-12-03T03:00:00Z"), new ReminderPolicy())
            .Reminders.Single(r => r.Unit == "mid");

        var message = Composer.Reminder(reminder, InMemoryContactDirectory.Sample("mid"));

        Assert.Equal("Іс-шараның орындалу мерзімі 10.12.2019: 7 күн қалды / Срок исполнения мероприятия 10.12.2019: осталось 7 дней", message.Subject);
        Assert.Contains("Іс-шараны орындау мерзіміне дейін 7 күн қалды.", message.Text, StringComparison.Ordinal);
        Assert.Contains("Орындалуы туралы 2019 жыл бойынша есепте көрсетіңіз.", message.Text, StringComparison.Ordinal);
        Assert.Contains("Укажите его исполнение в отчёте за 2019 год.", message.Text, StringComparison.Ordinal);
        Assert.Contains("  - M-31 — срок 10.12.2019, осталось 7 дней", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("До срока осталось", message.Text, StringComparison.Ordinal);
        Assert.Equal("oneoff", message.Categories[2]);
    }

    [Theory]
    [InlineData(1, "1 день")]
    [InlineData(2, "2 дня")]
    [InlineData(4, "4 дня")]
    [InlineData(5, "5 дней")]
    [InlineData(11, "11 дней")]
    [InlineData(14, "14 дней")]
    [InlineData(21, "21 день")]
    [InlineData(22, "22 дня")]
    [InlineData(111, "111 дней")]
    public void RussianDays_AgreeWithTheNumber(int days, string expected) =>
        Assert.Equal(expected, RussianWords.Instance.Days(days));

    [Fact]
    public void Reminder_OneDayLeft_AgreesInRussian()
    {
        Assert.Equal("До срока остался 1 день.", RussianWords.Instance.DaysLeft(1));
        Assert.Equal("До срока осталось 3 дня.", RussianWords.Instance.DaysLeft(3));
    }
}
