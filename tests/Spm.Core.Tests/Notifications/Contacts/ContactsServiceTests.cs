using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Spm.Core.Notifications.Contacts;
using Spm.Testing;

namespace Spm.Core.Tests.Notifications.Contacts;

public class ContactsServiceTests
{
    [Fact]
    public async Task ImportAsync_FileWithAnError_ImportsNothing()
    {
        var directory = new InMemoryContactDirectory(InMemoryContactDirectory.Sample("mia"));
        var service = new ContactsService(directory, TestCatalogs.Loaded, NullLogger<ContactsService>.Instance);
        using var csv = Csv("unit,to,cc,language\nakmola,akmola@example.kz,,kk\nnowhere,x@example.kz,,kk\n");

        var result = await service.ImportAsync(csv, TestContext.Current.CancellationToken);

        Assert.False(result.Imported);
        Assert.Equal(3, Assert.Single(result.Problems).Line);
        Assert.Equal(0, directory.Replacements);
        Assert.NotNull(await directory.FindAsync("mia", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ImportAsync_ValidFile_ReplacesTheDirectory()
    {
        var directory = new InMemoryContactDirectory(InMemoryContactDirectory.Sample("mia"));
        var service = new ContactsService(directory, TestCatalogs.Loaded, NullLogger<ContactsService>.Instance);
        using var csv = Csv("unit,to,cc,language\ncoordinator,office@example.kz,,both\nakmola,akmola@example.kz,,kk\n");

        var result = await service.ImportAsync(csv, TestContext.Current.CancellationToken);

        Assert.True(result.Imported);
        Assert.Equal(2, result.Count);
        Assert.Null(await directory.FindAsync("mia", TestContext.Current.CancellationToken));
        Assert.Contains("mia", result.UnitsWithoutContact);
    }

    [Fact]
    public async Task ImportAsync_NotUtf8_SaysHowToSaveIt()
    {
        var service = new ContactsService(new InMemoryContactDirectory(), TestCatalogs.Loaded, NullLogger<ContactsService>.Instance);
        using var csv = new MemoryStream([.. "unit,to,cc,language\nmia,"u8.ToArray(), 0xC0, 0xC1, .. ",,kk\n"u8.ToArray()]);

        var result = await service.ImportAsync(csv, TestContext.Current.CancellationToken);

        Assert.False(result.Imported);
        Assert.Contains("CSV UTF-8", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_WritesUtf8WithByteOrderMarkThatImportsBack()
    {
        var directory = new InMemoryContactDirectory(InMemoryContactDirectory.Sample("coordinator"), InMemoryContactDirectory.Sample("mia", ContactLanguage.Russian));
        var service = new ContactsService(directory, TestCatalogs.Loaded, NullLogger<ContactsService>.Instance);
        using var file = new MemoryStream();

        var count = await service.ExportAsync(file, TestContext.Current.CancellationToken);
        file.Position = 0;
        var bytes = file.ToArray();
        var again = new InMemoryContactDirectory();
        var result = await new ContactsService(again, TestCatalogs.Loaded, NullLogger<ContactsService>.Instance).ImportAsync(file, TestContext.Current.CancellationToken);

        Assert.Equal(2, count);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.True(result.Imported, string.Join("; ", result.Problems));
        Assert.Equal(ContactLanguage.Russian, (await again.FindAsync("mia", TestContext.Current.CancellationToken))!.Language);
    }

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));
}
