using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using Spm.Core.Notifications.Contacts;
using Spm.Infrastructure.Tables;
using Spm.Integration.Tests.Azurite;
using Spm.Testing;

namespace Spm.Integration.Tests.Tables;

public class TableContactDirectoryTests(AzuriteFixture azurite)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReplaceAllAsync_ThenRead_ReturnsTheContacts()
    {
        var directory = new TableContactDirectory(Table(), new FakeTimeProvider());
        Contact[] contacts = [new("coordinator", "office@example.kz", ["deputy@example.kz", "duty@example.kz"], ContactLanguage.Both), new("mia", "mia@example.kz", [], ContactLanguage.Russian)];

        await directory.ReplaceAllAsync(contacts, Cancel);
        var all = await directory.AllAsync(Cancel);
        var mia = await directory.FindAsync("mia", Cancel);

        Assert.Equal(["coordinator", "mia"], all.Keys.Order());
        Assert.Equal(["deputy@example.kz", "duty@example.kz"], all["coordinator"].Cc);
        Assert.Equal(ContactLanguage.Russian, mia!.Language);
        Assert.Empty(mia.Cc);
        Assert.Null(await directory.FindAsync("akmola", Cancel));
    }

    [Fact]
    public async Task ReplaceAllAsync_UnitsNotInTheNewSet_LoseTheirContact()
    {
        var directory = new TableContactDirectory(Table(), new FakeTimeProvider());
        await directory.ReplaceAllAsync([InMemoryContactDirectory.Sample("mia"), InMemoryContactDirectory.Sample("akmola")], Cancel);

        await directory.ReplaceAllAsync([InMemoryContactDirectory.Sample("akmola"), InMemoryContactDirectory.Sample("astana")], Cancel);

        Assert.Equal(["akmola", "astana"], (await directory.AllAsync(Cancel)).Keys.Order());
    }

    [Fact]
    public async Task ReplaceAllAsync_MoreThanOneTransaction_WritesThemAll()
    {
        var directory = new TableContactDirectory(Table(), new FakeTimeProvider());
        var contacts = Enumerable.Range(1, 250).Select(i => InMemoryContactDirectory.Sample("u" + i.ToString("000", CultureInfo.InvariantCulture))).ToList();

        await directory.ReplaceAllAsync(contacts, Cancel);
        await directory.ReplaceAllAsync(contacts.Take(10).ToList(), Cancel);

        Assert.Equal(10, (await directory.AllAsync(Cancel)).Count);
    }

    [Fact]
    public async Task Entities_WriteEveryProperty()
    {
        var table = Table();
        var directory = new TableContactDirectory(table, new FakeTimeProvider());
        await directory.ReplaceAllAsync([new("mia", "mia@example.kz", [], ContactLanguage.Kazakh), InMemoryContactDirectory.Sample("akmola")], Cancel);

        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: Cancel))
        {
            rows.Add(row);
        }

        Assert.Equal(rows[0].Keys.Order(), rows[1].Keys.Order());
        Assert.Equal("", rows.Single(r => r.RowKey == "mia").GetString("Cc"));
    }

    private TableClient Table() => azurite.CreateTableServiceClient().GetTableClient(AzuriteFixture.UniqueName("contacts"));
}
