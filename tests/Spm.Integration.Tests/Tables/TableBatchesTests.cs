using Azure.Data.Tables;
using Spm.Infrastructure.Tables;

namespace Spm.Integration.Tests.Tables;

public class TableBatchesTests
{
    [Fact]
    public void Chunk_MoreThanAHundred_SplitsAtAHundred()
    {
        var actions = Enumerable.Range(0, 250).Select(i => Upsert("p", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "x")).ToList();

        var chunks = TableBatches.Chunk(actions).ToList();

        Assert.Equal([100, 100, 50], chunks.Select(c => c.Count));
    }

    [Fact]
    public void Chunk_LargeEntities_StayUnderFourMebibytes()
    {
        var big = new string('ж', 60_000);
        var actions = Enumerable.Range(0, 40).Select(i => Upsert("p", i.ToString(System.Globalization.CultureInfo.InvariantCulture), big)).ToList();

        var chunks = TableBatches.Chunk(actions).ToList();

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.True(c.Sum(a => TableBatches.EstimatedBytes(a.Entity)) <= TableBatches.MaxBytes));
        Assert.Equal(40, chunks.Sum(c => c.Count));
    }

    [Fact]
    public void Chunk_TwoPartitions_IsRefused() =>
        Assert.Throws<ArgumentException>(() => TableBatches.Chunk([Upsert("a", "1", ""), Upsert("b", "1", "")]).ToList());

    private static TableTransactionAction Upsert(string partition, string row, string value) =>
        new(TableTransactionActionType.UpsertReplace, new TableEntity(partition, row) { ["Value"] = value });
}
