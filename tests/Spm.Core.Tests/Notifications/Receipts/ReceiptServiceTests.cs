using Spm.Core.Notifications;
using Spm.Core.Notifications.Contacts;
using Spm.Core.Submissions;
using Spm.Testing;
using static Spm.Testing.Uploads;

namespace Spm.Core.Tests.Notifications.Receipts;

public class ReceiptServiceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(SubmissionOutcome.Accepted, "Есеп қабылданды / Отчёт принят", "Отчёт принят. Спасибо!")]
    [InlineData(SubmissionOutcome.Rejected, "Есеп қабылданбады: 2 қате / Отчёт не принят: 2 ошибки", "Исправьте ошибки и загрузите файл снова.")]
    [InlineData(SubmissionOutcome.Duplicate, "Бұл файл бұрын қабылданған / Этот файл уже принят", "Повторно он не обрабатывался.")]
    [InlineData(SubmissionOutcome.Failed, "Файлды өңдеу кезінде ақау болды / Сбой при обработке файла", "Загружать файл снова не нужно.")]
    [InlineData(SubmissionOutcome.Quarantined, "Файл қабылданбады және сақталмады / Файл не принят и не сохранён", "Координатор уведомлён.")]
    public async Task SendAsync_EachOutcome_TellsTheUnitOnce(SubmissionOutcome outcome, string subject, string russian)
    {
        var rig = new NotificationRig("2019-07-08T05:00:00Z");
        var submission = Upload("mia", "2019-H1", "2019-07-08T04:59:00Z", outcome) with { DuplicateOf = "20190701T000000Z-mia" };

        var first = await rig.Receipts().SendAsync(submission, [Error("E12", "E12 толтырылмаған", "E12 не заполнена")], Cancel);
        var second = await rig.Receipts().SendAsync(submission, [], Cancel);

        var message = Assert.Single(rig.Sender.Sent);
        Assert.Equal(DeliveryOutcome.Sent, first.Outcome);
        Assert.Equal(DeliveryOutcome.AlreadyHandled, second.Outcome);
        Assert.Equal($"receipt|{submission.Id}|{outcome.ToString().ToLowerInvariant()}", message.Key);
        Assert.Equal(subject, message.Subject);
        Assert.Contains(russian, message.Text, StringComparison.Ordinal);
        Assert.Equal(["mia@example.kz"], message.To);
        Assert.Equal(submission.Id, message.CustomArgs["submission"]);
        Assert.Equal("2019-H1", message.CustomArgs["period"]);
        Assert.Contains("receipt", message.Categories);
    }

    [Fact]
    public async Task SendAsync_Rejected_ListsCountsFindingsWithCellsAndTheFeedbackFile()
    {
        var rig = new NotificationRig("2019-07-08T05:00:00Z");
        var submission = Upload("mia", "2019-H1", "2019-07-08T04:59:00Z", SubmissionOutcome.Rejected);

        await rig.Receipts().SendAsync(submission, [Warning("F20", "ескерту", "предупреждение"), Error("E12", "E12 толтырылмаған", "E12 не заполнена")], Cancel);

        var text = rig.Sender.Sent[0].Text;
        Assert.Contains("Есеп қабылданбады. Қателер: 2, ескертулер: 1.", text, StringComparison.Ordinal);
        Assert.Contains("Отчёт не принят. Ошибок: 2, предупреждений: 1.", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Есеп!E12", StringComparison.Ordinal) < text.IndexOf("Есеп!F20", StringComparison.Ordinal));
        Assert.Contains("feedback/mia/2019-H1/feedback.xlsx", text, StringComparison.Ordinal);
        Assert.Contains("mia/report-2019-H1.xlsx", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_Quarantined_QuotesNothingOfTheFile()
    {
        var rig = new NotificationRig("2019-07-08T05:00:00Z");
        var submission = Upload("mia", "2019-H1", "2019-07-08T04:59:00Z", SubmissionOutcome.Quarantined) with { BlobName = "mia/құпия-іс-шара-9.xlsx" };

        await rig.Receipts().SendAsync(submission, [Error("B5", "ҚҰПИЯ МАЗМҰН", "СЕКРЕТНОЕ СОДЕРЖАНИЕ")], Cancel);

        var message = rig.Sender.Sent[0];
        foreach (var body in new[] { message.Text, message.Html })
        {
            Assert.DoesNotContain("ҚҰПИЯ МАЗМҰН", body, StringComparison.Ordinal);
            Assert.DoesNotContain("СЕКРЕТНОЕ СОДЕРЖАНИЕ", body, StringComparison.Ordinal);
            Assert.DoesNotContain("B5", body, StringComparison.Ordinal);
            Assert.DoesNotContain("құпия-іс-шара-9", body, StringComparison.Ordinal);
            Assert.DoesNotContain(submission.Sha256, body, StringComparison.Ordinal);
            Assert.Contains(submission.Sha256[..12], body, StringComparison.Ordinal);
        }

        Assert.Contains("classified.content", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_UnitWithoutContact_GoesToTheCoordinatorWithANote()
    {
        var rig = new NotificationRig("2019-07-08T05:00:00Z", new InMemoryContactDirectory(InMemoryContactDirectory.Sample(Contact.CoordinatorUnit)));

        var report = await rig.Receipts().SendAsync(Upload("mia", "2019-H1", "2019-07-08T04:59:00Z", SubmissionOutcome.Accepted), [], Cancel);

        Assert.Equal(DeliveryOutcome.Sent, report.Outcome);
        var message = rig.Sender.Sent[0];
        Assert.Equal(["coordinator@example.kz"], message.To);
        Assert.Contains("«mia» ұйымының хат жіберу мекенжайы жоқ", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_UploadToAnUnknownFolder_GoesToTheCoordinator()
    {
        var rig = new NotificationRig("2019-07-08T05:00:00Z");
        var submission = Upload(Submission.UnknownAgency, "", "2019-07-08T04:59:00Z", SubmissionOutcome.Rejected) with { Rule = "upload.unknown-folder" };

        await rig.Receipts().SendAsync(submission, [], Cancel);

        var message = rig.Sender.Sent[0];
        Assert.Equal(["coordinator@example.kz"], message.To);
        Assert.Contains("Файл загружен в неизвестную папку", message.Text, StringComparison.Ordinal);
        Assert.Contains("upload.unknown-folder", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NobodyToTell_ReportsNoContactAndClaimsNothing()
    {
        var rig = new NotificationRig("2019-07-08T05:00:00Z", new InMemoryContactDirectory());

        var report = await rig.Receipts().SendAsync(Upload("mia", "2019-H1", "2019-07-08T04:59:00Z", SubmissionOutcome.Accepted), [], Cancel);

        Assert.Equal(DeliveryOutcome.NoContact, report.Outcome);
        Assert.Empty(rig.Ledger.Entries);
    }

    [Fact]
    public async Task SendAsync_Pending_IsRefused()
    {
        var rig = new NotificationRig("2019-07-08T05:00:00Z");

        await Assert.ThrowsAsync<ArgumentException>(() => rig.Receipts().SendAsync(Upload("mia", "2019-H1", "2019-07-08T04:59:00Z", SubmissionOutcome.Pending), [], Cancel));
    }
}
