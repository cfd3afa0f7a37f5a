using System.Text.Json.Nodes;
using Spm.Cli;
using Spm.Core.Catalog;

namespace Spm.Integration.Tests.Cli;

public sealed class CatalogCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("spm-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => SpmCli.RunAsync(args);

    [Fact]
    public async Task Catalog_NoOptions_PrintsCountsTotalsAndExplainedDifferences()
    {
        var (code, output, _) = await RunAsync("catalog");

        Assert.Equal(CliApp.Ok, code);
        Assert.Contains("measures 71: 45 open, 26 classified", output, StringComparison.Ordinal);
        Assert.Contains("target indicators 3; result indicators 13", output, StringComparison.Ordinal);
        Assert.Contains("270,148.8", output, StringComparison.Ordinal);
        Assert.Contains("18 explained, 0 unexplained, 0 no longer found", output, StringComparison.Ordinal);
        Assert.Contains("mia               central  ІІМ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CatalogJson_PrintsTheCatalogWithTheDocumentedNames()
    {
        var (code, output, _) = await RunAsync("catalog", "--json");

        Assert.Equal(CliApp.Ok, code);
        var root = JsonNode.Parse(output)!;
        Assert.Equal("nsc", (string?)root["agencies"]![0]!["code"]);
        Assert.Equal("ҰҚК", (string?)root["agencies"]![0]!["abbreviation"]);
        Assert.Equal("central", (string?)root["agencies"]![0]!["kind"]);
        var ti1 = root["indicators"]!.AsArray().Single(i => (string?)i!["code"] == "TI-1")!;
        Assert.Equal("target", (string?)ti1["level"]);
        Assert.Equal("higher", (string?)ti1["direction"]);
        Assert.Equal(65m, (decimal)ti1["plan"]!["2022"]!);
        var m14 = root["measures"]!.AsArray().Single(m => (int)m!["number"]! == 14)!;
        Assert.False((bool)m14["classified"]!);
        Assert.Equal(7m, (decimal)m14["regions"]!["akmola"]!["total"]!);
        Assert.Equal("2019-01-10", (string?)root["periods"]![1]!["due"]);
    }

    [Fact]
    public async Task Catalog_FileWithChangedNumber_ExitsOneAndNamesTheDifference()
    {
        var root = JsonNode.Parse(CatalogJson.Serialize(CatalogJson.LoadEmbedded().Catalog))!;
        root["measures"]!.AsArray().Single(m => (int)m!["number"]! == 2)!["total"] = 701;
        var path = Path.Combine(folder, "changed.json");
        await File.WriteAllTextAsync(path, root.ToJsonString(), TestContext.Current.CancellationToken);

        var (code, output, _) = await RunAsync("catalog", "--file", path);

        Assert.Equal(CliApp.DataError, code);
        Assert.Contains("UNEXPLAINED measure 2/row-total", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_FileNotJson_ExitsOneWithMessage()
    {
        var path = Path.Combine(folder, "broken.json");
        await File.WriteAllTextAsync(path, "{ not json", TestContext.Current.CancellationToken);

        var (code, _, error) = await RunAsync("catalog", "--file", path);

        Assert.Equal(CliApp.DataError, code);
        Assert.Contains("cannot read the catalog", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CatalogExtract_TextThatIsNotTheDecree_ExitsOneAndWritesNothing()
    {
        var decree = Path.Combine(folder, "decree.txt");
        var output = Path.Combine(folder, "catalog.json");
        await File.WriteAllTextAsync(decree, "Бұл қаулы емес.\n", TestContext.Current.CancellationToken);

        var (code, _, error) = await RunAsync("catalog", "extract", "--decree", decree, "--out", output);

        Assert.Equal(CliApp.DataError, code);
        Assert.Contains("extraction failed", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task CatalogExtract_MissingDecreeFile_ExitsOne()
    {
        var (code, _, error) = await RunAsync("catalog", "extract", "--decree", Path.Combine(folder, "nope.txt"));

        Assert.Equal(CliApp.DataError, code);
        Assert.Contains("cannot read the decree text", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("catalog", "--bogus")]
    [InlineData("catalog", "extract")]
    [InlineData("catalog", "extract", "--decree")]
    [InlineData("frobnicate")]
    [InlineData]
    public async Task Run_BadCommandLine_ExitsTwo(params string[] args)
    {
        var (code, _, _) = await RunAsync(args);

        Assert.Equal(CliApp.UsageError, code);
    }

    [Fact]
    public async Task Run_Help_PrintsUsageAndExitsZero()
    {
        var (code, output, _) = await RunAsync("--help");

        Assert.Equal(CliApp.Ok, code);
        Assert.Contains("spm catalog extract --decree", output, StringComparison.Ordinal);
    }
}
