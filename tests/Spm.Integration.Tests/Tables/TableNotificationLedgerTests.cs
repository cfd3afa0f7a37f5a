using Azure.Data.Tables;
using Spm.Core.Notifications;
using Spm.Infrastructure.Tables;
using Spm.Integration.Tests.Azurite;
using Spm.Testing;

namespace Spm.Integration.Tests.Tables;

public class TableNotificationLedgerTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = Uploads.Utc("2019-07-11T03:00:00Z");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TryClaimAsync_SameKeyTwice_OnlyTheFirstGetsIt()
    {
        var ledger = new TableNotificationLedger(Table());

        var first = await ledger.TryClaimAsync("2019-H1|mia|due-7", NotificationKind.Reminder, "mia", Now, 3, Cancel);
        var second = await ledger.TryClaimAsync("2019-H1|mia|due-7", NotificationKind.Reminder, "mia", Now, 3, Cancel);

        Assert.NotNull(first);
        Assert.Equal(NotificationStatus.Claimed, first.Status);
        Assert.Null(second);
    }

    [Fact]
    public async Task TryClaimAsync_EightInstancesAtOnce_ExactlyOneWins()
    {
        var name = AzuriteFixture.UniqueName("ledger");
        await azurite.CreateTableServiceClient().CreateTableIfNotExistsAsync(name, Cancel);
        var ledgers = Enumerable.Range(0, 8).Select(_ => new TableNotificationLedger(azurite.CreateTableServiceClient().GetTableClient(name))).ToList();

        var claims = await Task.WhenAll(ledgers.Select(l => Task.Run(() => l.TryClaimAsync("digest|2019-07-11", NotificationKind.Digest, "coordinator", Now, 3, Cancel))));

        Assert.Single(claims, c => c is not null);
    }

    [Fact]
    public async Task MarkSentAsync_RecordsTheProviderId_AndTheKeyIsNeverClaimedAgain()
    {
        var ledger = new TableNotificationLedger(Table());
        var claim = (await ledger.TryClaimAsync("receipt|s1|accepted", NotificationKind.Receipt, "mia", Now, 3, Cancel))!;

        var sent = await ledger.MarkSentAsync(claim, "sg-123", Now.AddSeconds(1), Cancel);
        var again = await ledger.TryClaimAsync("receipt|s1|accepted", NotificationKind.Receipt, "mia", Now.AddHours(1), 3, Cancel);
        var found = await ledger.FindAsync("receipt|s1|accepted", Cancel);

        Assert.Equal(NotificationStatus.Sent, sent.Status);
        Assert.Null(again);
        Assert.Equal("sg-123", found!.ProviderMessageId);
        Assert.Equal(NotificationKind.Receipt, found.Kind);
    }

    [Fact]
    public async Task MarkFailedAsync_Retryable_IsClaimedAgainUpToTheLimit()
    {
        var ledger = new TableNotificationLedger(Table());
        const string key = "2019-H1|akmola|overdue-1";
        var claim = (await ledger.TryClaimAsync(key, NotificationKind.Reminder, "akmola", Now, 2, Cancel))!;

        await ledger.MarkFailedAsync(claim, "SendGrid answered 429 after retries", retryable: true, Now, Cancel);
        var second = await ledger.TryClaimAsync(key, NotificationKind.Reminder, "akmola", Now.AddHours(1), 2, Cancel);
        await ledger.MarkFailedAsync(second!, "SendGrid answered 503 after retries", retryable: true, Now.AddHours(1), Cancel);
        var third = await ledger.TryClaimAsync(key, NotificationKind.Reminder, "akmola", Now.AddHours(2), 2, Cancel);

        Assert.NotNull(second);
        Assert.Equal(2, second.Attempts);
        Assert.Null(third);
    }

    [Fact]
    public async Task MarkFailedAsync_NotRetryable_AndUnknown_AreNeverClaimedAgain()
    {
        var ledger = new TableNotificationLedger(Table());
        var refused = (await ledger.TryClaimAsync("2019-H1|mia|due-0", NotificationKind.Reminder, "mia", Now, 3, Cancel))!;
        var doubtful = (await ledger.TryClaimAsync("2019-H1|mfa|due-0", NotificationKind.Reminder, "mfa", Now, 3, Cancel))!;

        await ledger.MarkFailedAsync(refused, "SendGrid answered 400", retryable: false, Now, Cancel);
        await ledger.MarkUnknownAsync(doubtful, "no answer", Now, Cancel);

        Assert.Null(await ledger.TryClaimAsync("2019-H1|mia|due-0", NotificationKind.Reminder, "mia", Now, 3, Cancel));
        Assert.Null(await ledger.TryClaimAsync("2019-H1|mfa|due-0", NotificationKind.Reminder, "mfa", Now, 3, Cancel));
        Assert.Equal(NotificationStatus.Unknown, (await ledger.FindAsync("2019-H1|mfa|due-0", Cancel))!.Status);
    }

    [Fact]
    public async Task MarkSentAsync_StaleVersion_IsRefused()
    {
        var ledger = new TableNotificationLedger(Table());
        var claim = (await ledger.TryClaimAsync("2019-H1|mia|due-1", NotificationKind.Reminder, "mia", Now, 3, Cancel))!;
        await ledger.MarkSentAsync(claim, "sg-1", Now, Cancel);

        await Assert.ThrowsAsync<InvalidOperationException>(() => ledger.MarkFailedAsync(claim, "late", false, Now, Cancel));
    }

    [Fact]
    public async Task UnsentAsync_ListsFailedUnknownAndClaimedInTheWindowOnly()
    {
        var ledger = new TableNotificationLedger(Table());
        var sent = (await ledger.TryClaimAsync("2019-H1|a|due-0", NotificationKind.Reminder, "a", Now, 3, Cancel))!;
        await ledger.MarkSentAsync(sent, "sg", Now, Cancel);
        var failed = (await ledger.TryClaimAsync("2019-H1|b|due-0", NotificationKind.Reminder, "b", Now.AddMinutes(1), 3, Cancel))!;
        await ledger.MarkFailedAsync(failed, "400", false, Now, Cancel);
        await ledger.TryClaimAsync("2019-H1|c|due-0", NotificationKind.Reminder, "c", Now.AddMinutes(2), 3, Cancel);
        await ledger.TryClaimAsync("2019-H1|d|due-0", NotificationKind.Reminder, "d", Now.AddDays(-2), 3, Cancel);

        var unsent = await ledger.UnsentAsync(Now.AddDays(-1), Now.AddDays(1), Cancel);

        Assert.Equal(["2019-H1|b|due-0", "2019-H1|c|due-0"], unsent.Select(n => n.Key).Order());
    }

    [Fact]
    public async Task Entities_WriteTheSamePropertiesWhateverTheirState()
    {
        var table = Table();
        var ledger = new TableNotificationLedger(table);
        var claimed = (await ledger.TryClaimAsync("receipt|s2|rejected", NotificationKind.Receipt, "mia", Now, 3, Cancel))!;
        await ledger.TryClaimAsync("digest|2019-07-11", NotificationKind.Digest, "coordinator", Now, 3, Cancel);
        await ledger.MarkSentAsync(claimed, "sg-9", Now, Cancel);

        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: Cancel))
        {
            rows.Add(row);
        }

        Assert.Equal(2, rows.Count);
        Assert.Equal(rows[0].Keys.Order(), rows[1].Keys.Order());
        Assert.Contains(rows, r => r.PartitionKey == "receipt" && r.RowKey == "s2|rejected");
        Assert.Contains(rows, r => r.PartitionKey == "digest" && r.RowKey == "2019-07-11");
        Assert.All(rows, r => Assert.Equal(TimeSpan.Zero, r.GetDateTimeOffset("ClaimedUtc")!.Value.Offset));
    }

    [Theory]
    [InlineData("2019-H1|mia|due-7", "2019-H1", "mia|due-7")]
    [InlineData("receipt|20190708T045900Z-mia|accepted", "receipt", "20190708T045900Z-mia|accepted")]
    [InlineData("event|deadline-missed|2019-H1|mia", "event", "deadline-missed|2019-H1|mia")]
    public void Split_FirstSegmentIsThePartition(string key, string partition, string row) =>
        Assert.Equal((partition, row), TableNotificationLedger.Split(key));

    [Fact]
    public void Split_ForbiddenCharacters_AreRefused() =>
        Assert.Throws<ArgumentException>(() => TableNotificationLedger.Split("receipt|a/b|accepted"));

    private TableClient Table() => azurite.CreateTableServiceClient().GetTableClient(AzuriteFixture.UniqueName("ledger"));
}
