using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Spm.Core.Notifications.Email;
using Spm.Infrastructure.Email;
using Spm.Integration.Tests.Azurite;
using Spm.Testing;

namespace Spm.Integration.Tests.Email;

public class OutboxEmailSenderTests(AzuriteFixture azurite)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_WritesAnEmlThatParsesAsMultipartAlternativeInBothLanguages()
    {
        var container = azurite.CreateBlobServiceClient().GetBlobContainerClient(AzuriteFixture.UniqueName("outbox"));
        var sender = new OutboxEmailSender(container, new EmailOptions(), new FakeTimeProvider(Uploads.Utc("2019-07-03T03:00:00Z")));
        var message = TestMessages.Reminder();

        var delivery = await sender.SendAsync(message, Cancel);

        Assert.Equal(EmailDeliveryStatus.Sent, delivery.Status);
        Assert.StartsWith("20190703T030000.000Z-reminder-mia-", delivery.ProviderMessageId, StringComparison.Ordinal);
        var blob = container.GetBlobClient(delivery.ProviderMessageId);
        Assert.Equal("message/rfc822", (await blob.GetPropertiesAsync(cancellationToken: Cancel)).Value.ContentType);
        using var stream = new MemoryStream((await blob.DownloadContentAsync(Cancel)).Value.Content.ToArray());
        var mime = await MimeMessage.LoadAsync(stream, Cancel);
        Assert.Equal(message.Subject, mime.Subject);
        Assert.Equal(["mia@example.kz"], mime.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(["mia-copy@example.kz"], mime.Cc.Mailboxes.Select(m => m.Address));
        Assert.Equal(EmailOptions.LocalFromAddress, mime.From.Mailboxes.Single().Address);
        Assert.Equal("2019-H1|mia|due-7", mime.Headers["X-Spm-Key"]);
        var alternative = Assert.IsType<MultipartAlternative>(mime.Body);
        var parts = alternative.OfType<TextPart>().ToList();
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.ContentType.MimeType));
        Assert.All(parts, p =>
        {
            Assert.Equal("utf-8", p.ContentType.Charset, ignoreCase: true);
            Assert.Contains("Құрметті әріптестер!", p.Text, StringComparison.Ordinal);
            Assert.Contains("Уважаемые коллеги!", p.Text, StringComparison.Ordinal);
        });
        Assert.Equal(message.Text, mime.TextBody);
    }

    [Fact]
    public async Task Reader_ListsOldestFirstAndOpensByNumber()
    {
        var container = azurite.CreateBlobServiceClient().GetBlobContainerClient(AzuriteFixture.UniqueName("outbox"));
        var clock = new FakeTimeProvider(Uploads.Utc("2019-07-03T03:00:00Z"));
        var sender = new OutboxEmailSender(container, new EmailOptions(), clock);
        foreach (var unit in new[] { "mia", "akmola", "astana" })
        {
            await sender.SendAsync(TestMessages.Reminder(unit), Cancel);
            clock.Advance(TimeSpan.FromMilliseconds(5));
        }

        var reader = new OutboxReader(container);
        var all = await reader.ListAsync(null, Cancel);
        var lastTwo = await reader.ListAsync(2, Cancel);
        var second = await reader.OpenAsync(2, Cancel);

        Assert.Equal([1, 2, 3], all.Select(e => e.Number));
        Assert.Equal([["mia@example.kz"], ["akmola@example.kz"], ["astana@example.kz"]], all.Select(e => e.To));
        Assert.Equal([2, 3], lastTwo.Select(e => e.Number));
        Assert.NotNull(second);
        Assert.Equal(["akmola@example.kz"], second.Entry.To);
        Assert.Contains("Ақмола облысы", second.Text, StringComparison.Ordinal);
        Assert.Contains("<div lang=\"ru\">", second.Html, StringComparison.Ordinal);
        Assert.Null(await reader.OpenAsync(4, Cancel));
    }

    [Fact]
    public async Task Reader_NoOutboxYet_ListsNothing()
    {
        var reader = new OutboxReader(azurite.CreateBlobServiceClient().GetBlobContainerClient(AzuriteFixture.UniqueName("outbox")));

        Assert.Empty(await reader.ListAsync(null, Cancel));
        Assert.Null(await reader.OpenAsync(1, Cancel));
    }
}
