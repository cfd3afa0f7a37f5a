using Spm.Cli;
using Spm.Core.Catalog;
using Spm.Core.Reporting;

using Spm.Integration.Tests.Cli;

namespace Spm.Integration.Tests.Templates;

public class TemplateCommandTests
{
    [Fact]
    public async Task RunAsync_Templates_WritesOneFilePerAgencyOwing()
    {
        using var dir = new TempDirectory();
        var owing = ReportObligations.AgenciesOwing(CatalogJson.LoadEmbedded().Catalog, "2019-H1");

        var (code, stdout, stderr) = await RunAsync("templates", "--period", "2019-H1", "-o", dir.Path);

        Assert.Equal(CliApp.Ok, code);
        Assert.Empty(stderr);
        var files = Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(owing.Select(a => $"{a}-2019-H1.xlsx").Order(StringComparer.Ordinal), files);
        Assert.InRange(owing.Count, 30, 33);
        Assert.Contains($"Wrote {owing.Count} template(s)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Template_WritesTheFile()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "mia.xlsx");

        var (code, stdout, _) = await RunAsync("template", "--agency", "mia", "--period", "2019-H1", "-o", file);

        Assert.Equal(CliApp.Ok, code);
        Assert.True(File.Exists(file));
        Assert.Contains("mia 2019-H1", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownAgency_FailsNamingTheAgencies()
    {
        using var dir = new TempDirectory();

        var (code, _, stderr) = await RunAsync("template", "--agency", "nope", "--period", "2019-H1", "-o", Path.Combine(dir.Path, "x.xlsx"));

        Assert.Equal(CliApp.DataError, code);
        Assert.Contains("nsc", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task RunAsync_UnknownPeriod_FailsNamingThePeriods()
    {
        using var dir = new TempDirectory();

        var (code, _, stderr) = await RunAsync("templates", "--period", "2030-H1", "-o", dir.Path);

        Assert.Equal(CliApp.DataError, code);
        Assert.Contains("2019-H1", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("template", "--agency", "mia", "--period", "2019-H1")]
    [InlineData("template", "--period", "2019-H1", "-o", "x.xlsx")]
    [InlineData("template", "--agency", "mia", "--period", "2019-H1", "-o")]
    [InlineData("templates", "--period", "2019-H1", "-o", "d", "--bogus", "1")]
    [InlineData("templates", "-o", "d")]
    public async Task RunAsync_BadCommandLine_IsAUsageError(params string[] args)
    {
        var (code, _, stderr) = await RunAsync(args);

        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("spm --help", stderr, StringComparison.Ordinal);
    }

    private static Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args) => SpmCli.RunAsync(args);

}
