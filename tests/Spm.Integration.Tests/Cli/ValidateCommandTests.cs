using System.Text.Json.Nodes;
using Spm.Cli;
using Spm.Infrastructure.Templates;
using Spm.Integration.Tests.Templates;

namespace Spm.Integration.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => SpmCli.RunAsync(args);

    private async Task<string> EmptyTemplateAsync()
    {
        var path = Path.Combine(temp.Path, "akmola-2019-H1.xlsx");
        var (code, _, _) = await RunAsync("template", "--agency", "akmola", "--period", "2019-H1", "-o", path);
        Assert.Equal(CliApp.Ok, code);
        return path;
    }

    [Fact]
    public async Task Validate_FilledReport_ExitsZeroAndSaysAccepted()
    {
        var (code, output, _) = await RunAsync("validate", Fixture("libreoffice-filled-akmola-2019-H1.xlsx"), "--agency", "akmola", "--now", "2019-07-05");

        Assert.Equal(CliApp.Ok, code);
        Assert.Contains("ACCEPTED — 0 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_EmptyTemplate_ExitsOneAndListsCellsInBothLanguages()
    {
        var path = await EmptyTemplateAsync();

        var (code, output, _) = await RunAsync("validate", path, "--agency", "akmola", "--now", "2019-07-05");

        Assert.Equal(CliApp.DataError, code);
        Assert.Contains("REJECTED", output, StringComparison.Ordinal);
        Assert.Contains("Есеп!E8", output, StringComparison.Ordinal);
        Assert.Contains("kk: RI-1.1: «Факт» ұяшығы толтырылмаған.", output, StringComparison.Ordinal);
        Assert.Contains("ru: RI-1.1: не заполнена ячейка «Факт».", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Json_PrintsMachineReadableFindings()
    {
        var path = await EmptyTemplateAsync();

        var (code, output, _) = await RunAsync("validate", path, "--agency", "akmola", "--now", "2019-07-05", "--json");

        Assert.Equal(CliApp.DataError, code);
        var root = JsonNode.Parse(output)!;
        Assert.False((bool)root["accepted"]!);
        Assert.Equal("2019-H1", (string?)root["period"]);
        var first = root["findings"]![0]!;
        Assert.Equal("error", (string?)first["severity"]);
        Assert.Equal("cell.required", (string?)first["rule"]);
        Assert.Equal("E8", (string?)first["cell"]);
        Assert.Equal("RI-1.1", (string?)first["rowCode"]);
    }

    [Fact]
    public async Task Validate_Feedback_WritesMarkedWorkbookWithFindingsSheet()
    {
        var path = await EmptyTemplateAsync();
        var feedback = Path.Combine(temp.Path, "feedback.xlsx");

        var (code, output, _) = await RunAsync("validate", path, "--agency", "akmola", "--now", "2019-07-05", "--feedback", feedback);

        Assert.Equal(CliApp.DataError, code);
        Assert.Contains($"Feedback workbook: {feedback}", output, StringComparison.Ordinal);
        Assert.Contains(ReportTemplateWriter.FindingsSheet, XlsxParts.Open(feedback).SheetNames);
    }

    [Fact]
    public async Task Validate_FeedbackIntoMissingFolder_SaysSoAndStillReportsFindings()
    {
        var path = await EmptyTemplateAsync();
        var feedback = Path.Combine(temp.Path, "no-such-folder", "feedback.xlsx");

        var (code, output, _) = await RunAsync("validate", path, "--agency", "akmola", "--now", "2019-07-05", "--feedback", feedback);

        Assert.Equal(CliApp.DataError, code);
        Assert.Contains("REJECTED", output, StringComparison.Ordinal);
        Assert.Contains("No feedback workbook: cannot write", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BeforeTheWindow_RejectsWithThePeriodFinding()
    {
        var (code, output, _) = await RunAsync("validate", Fixture("openpyxl-filled-akmola-2019-H1.xlsx"), "--agency", "akmola", "--now", "2019-02-01");

        Assert.Equal(CliApp.DataError, code);
        Assert.Contains("period.not-open", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_PdfRenamedToXlsx_ExitsOneWithItsOwnRule()
    {
        var path = Path.Combine(temp.Path, "report.xlsx");
        await File.WriteAllTextAsync(path, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", TestContext.Current.CancellationToken);
        var feedback = Path.Combine(temp.Path, "feedback.xlsx");

        var (code, output, _) = await RunAsync("validate", path, "--agency", "mia", "--feedback", feedback);

        Assert.Equal(CliApp.DataError, code);
        Assert.Contains("file.not-zip", output, StringComparison.Ordinal);
        Assert.Contains("No feedback workbook", output, StringComparison.Ordinal);
        Assert.False(File.Exists(feedback));
    }

    [Fact]
    public async Task Validate_UnknownAgency_ExitsOneNamingTheAgencies()
    {
        var (code, _, error) = await RunAsync("validate", Fixture("openpyxl-filled-akmola-2019-H1.xlsx"), "--agency", "kgb");

        Assert.Equal(CliApp.DataError, code);
        Assert.Contains("unknown agency 'kgb'", error, StringComparison.Ordinal);
        Assert.Contains("akmola", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsOne()
    {
        var (code, _, error) = await RunAsync("validate", Path.Combine(temp.Path, "none.xlsx"), "--agency", "mia");

        Assert.Equal(CliApp.DataError, code);
        Assert.Contains("cannot read", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", "--agency", "mia")]
    [InlineData("validate", "file.xlsx")]
    [InlineData("validate", "file.xlsx", "--agency", "mia", "--now", "yesterday")]
    [InlineData("validate", "a.xlsx", "b.xlsx", "--agency", "mia")]
    public async Task Validate_BadCommandLine_ExitsTwo(params string[] args)
    {
        var (code, _, _) = await RunAsync(args);

        Assert.Equal(CliApp.UsageError, code);
    }
}
