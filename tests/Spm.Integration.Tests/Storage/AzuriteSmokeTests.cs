using System.Security.Cryptography;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Spm.Integration.Tests.Azurite;

namespace Spm.Integration.Tests.Storage;

public class AzuriteSmokeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Blob_UploadThenDownload_ReturnsSameBytesAndContentHash()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var container = azurite.CreateBlobServiceClient().GetBlobContainerClient(AzuriteFixture.UniqueName("smoke"));
        await container.CreateAsync(cancellationToken: cancellationToken);
        var blob = container.GetBlobClient("agency/report.xlsx");
        var content = RandomNumberGenerator.GetBytes(64 * 1024);

        await blob.UploadAsync(BinaryData.FromBytes(content), cancellationToken);
        var downloaded = await blob.DownloadContentAsync(cancellationToken);

        Assert.Equal(content, downloaded.Value.Content.ToArray());
        // Content-MD5 is what the storage protocol uses for integrity; not a security use.
#pragma warning disable CA5351
        Assert.Equal(MD5.HashData(content), downloaded.Value.Details.ContentHash);
#pragma warning restore CA5351
        await container.DeleteAsync(cancellationToken: cancellationToken);
    }

    [Fact]
    public async Task Queue_SendThenReceiveWithBase64Encoding_ReturnsSameText()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var queue = azurite.CreateQueueServiceClient(options).GetQueueClient(AzuriteFixture.UniqueName("smoke"));
        await queue.CreateAsync(cancellationToken: cancellationToken);
        const string message = """{"submissionId":"ҰҚК-2019-H2"}""";

        await queue.SendMessageAsync(message, cancellationToken);
        var received = await queue.ReceiveMessageAsync(cancellationToken: cancellationToken);

        Assert.NotNull(received.Value);
        Assert.Equal(message, received.Value.MessageText);
        await queue.DeleteMessageAsync(received.Value.MessageId, received.Value.PopReceipt, cancellationToken);
        await queue.DeleteAsync(cancellationToken);
    }

    [Fact]
    public async Task Table_UpsertThenGet_ReturnsUnicodeTextAndDouble()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var table = azurite.CreateTableServiceClient().GetTableClient(AzuriteFixture.UniqueName("smoke"));
        await table.CreateAsync(cancellationToken);
        var entity = new TableEntity("ҰҚК", "2019-H2")
        {
            ["Agency"] = "Ұлттық қауіпсіздік комитеті",
            ["Amount"] = 76291.3,
        };

        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        var stored = await table.GetEntityAsync<TableEntity>("ҰҚК", "2019-H2", cancellationToken: cancellationToken);

        Assert.Equal("Ұлттық қауіпсіздік комитеті", stored.Value.GetString("Agency"));
        Assert.Equal(76291.3, stored.Value.GetDouble("Amount"));
        await table.DeleteAsync(cancellationToken);
    }
}
