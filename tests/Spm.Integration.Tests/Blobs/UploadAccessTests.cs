using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Spm.Infrastructure.Blobs;
using Spm.Integration.Tests.Pipeline;

namespace Spm.Integration.Tests.Blobs;

/// <summary>The upload link: one new blob in the unit's own folder, nothing else.</summary>
public sealed class UploadAccessTests(PipelineHarness pipeline) : IClassFixture<PipelineHarness>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Link_CreatesItsOneBlobButNeitherOverwritesNorReadsNorWritesElsewhere()
    {
        var link = await pipeline.Services.GetRequiredService<UploadAccess>().IssueAsync("mia", "report.xlsx", TimeSpan.FromMinutes(10), Ct);
        var blob = new BlobClient(link);

        await blob.UploadAsync(new BinaryData("one"u8.ToArray()), Ct);

        Assert.Contains("mia/report.xlsx", await pipeline.BlobNamesAsync(Infrastructure.Storage.Containers.Drop));
        var overwrite = await Assert.ThrowsAsync<RequestFailedException>(() => blob.UploadAsync(new BinaryData("two"u8.ToArray()), overwrite: true, Ct));
        Assert.Equal(403, overwrite.Status);
        await Assert.ThrowsAsync<RequestFailedException>(() => blob.DownloadContentAsync(Ct));
        var elsewhere = new BlobUriBuilder(link) { BlobName = "nsc/report.xlsx" }.ToUri();
        await Assert.ThrowsAsync<RequestFailedException>(() => new BlobClient(elsewhere).UploadAsync(new BinaryData("x"u8.ToArray()), Ct));
    }

    [Theory]
    [InlineData("lea")]
    [InlineData("nobody")]
    public async Task Link_ForSomethingThatIsNotAReportingUnit_IsRefused(string agency) =>
        await Assert.ThrowsAsync<ArgumentException>(() => pipeline.Services.GetRequiredService<UploadAccess>().IssueAsync(agency, null, TimeSpan.FromMinutes(10), Ct));
}
