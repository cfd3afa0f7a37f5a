using System.Globalization;
using Azure.Data.Tables;
using Spm.Infrastructure.Tables;
using Spm.Integration.Tests.Azurite;

namespace Spm.Integration.Tests.Tables;

/// <summary>Azure's table limits, enforced by our code because Azurite accepts more than Azure does.</summary>
public class TableLimitsTests(AzuriteFixture azurite)
{
    [Fact]
    public void Transactions_MoreThanAHundredInOnePartition_SplitAtAHundred()
    {
        var actions = Enumerable.Range(0, 250).Select(i => Upsert("p", Row(i), "x"));

        var transactions = TableLimits.Transactions(actions, "t").ToList();

        Assert.Equal([100, 100, 50], transactions.Select(t => t.Count));
    }

    [Fact]
    public void Transactions_SeveralPartitions_NeverShareATransaction()
    {
        var actions = new[] { Upsert("a", "1", ""), Upsert("b", "1", ""), Upsert("a", "2", "") };

        var transactions = TableLimits.Transactions(actions, "t").ToList();

        Assert.All(transactions, t => Assert.Single(t.Select(a => a.Entity.PartitionKey).Distinct()));
        Assert.Equal(3, transactions.Sum(t => t.Count));
    }

    [Fact]
    public void Transactions_LargeCyrillicEntities_StayUnderFourMebibytesOnTheWire()
    {
        // 30 000 Cyrillic characters: 60 KB stored, 180 KB as escaped JSON.
        var big = new string('ж', 30_000);
        var actions = Enumerable.Range(0, 60).Select(i => Upsert("p", Row(i), big)).ToList();

        var transactions = TableLimits.Transactions(actions, "t").ToList();

        Assert.True(transactions.Count > 1);
        Assert.All(transactions, t => Assert.True(t.Sum(a => TableLimits.EstimateBytes(a.Entity)) <= TableLimits.MaxTransactionBytes));
        Assert.Equal(60, transactions.Sum(t => t.Count));
    }

    [Fact]
    public void Check_StringOverSixtyFourKibibytes_IsRefused()
    {
        var entity = new TableEntity("p", "r") { ["Text"] = new string('a', TableLimits.MaxStringChars + 1) };

        var error = Assert.Throws<InvalidOperationException>(() => TableLimits.Check(entity, "t"));

        Assert.Contains("Text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EntityOverOneMebibyte_IsRefused()
    {
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 20; i++)
        {
            entity["Text" + Row(i)] = new string('a', 30_000);
        }

        Assert.Throws<InvalidOperationException>(() => TableLimits.Check(entity, "t"));
    }

    [Fact]
    public async Task SubmitAsync_TwoHundredFiftyEntities_LandInThreeTransactions()
    {
        var table = azurite.CreateTableServiceClient().GetTableClient(AzuriteFixture.UniqueName("limits"));
        await table.CreateAsync(TestContext.Current.CancellationToken);

        var transactions = await TableLimits.SubmitAsync(table, Enumerable.Range(0, 250).Select(i => Upsert("p", Row(i), "x")), TestContext.Current.CancellationToken);

        Assert.Equal(3, transactions);
        Assert.Equal(250, await table.QueryAsync<TableEntity>(cancellationToken: TestContext.Current.CancellationToken).CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Azurite_ATransactionAzureWouldRefuse_IsAcceptedWhichIsWhyWeCheck()
    {
        var table = azurite.CreateTableServiceClient().GetTableClient(AzuriteFixture.UniqueName("lenient"));
        await table.CreateAsync(TestContext.Current.CancellationToken);

        // Azure refuses a transaction that spans partitions; Azurite takes it.
        await table.SubmitTransactionAsync([Upsert("a", "1", "x"), Upsert("b", "1", "x")], TestContext.Current.CancellationToken);

        Assert.Equal(2, await table.QueryAsync<TableEntity>(cancellationToken: TestContext.Current.CancellationToken).CountAsync(TestContext.Current.CancellationToken));
    }

    private static string Row(int i) => i.ToString("D4", CultureInfo.InvariantCulture);

    private static TableTransactionAction Upsert(string partition, string row, string value) =>
        new(TableTransactionActionType.UpsertReplace, new TableEntity(partition, row) { ["Value"] = value });
}
