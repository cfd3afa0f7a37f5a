using Microsoft.Extensions.Time.Testing;
using Spm.Core.Reporting.Validation;
using Spm.Core.Screening;
using Spm.Core.Workbooks;
using Spm.Integration.Tests.Support;

namespace Spm.Integration.Tests.Reporting;

/// <summary>
/// What real applications save is normal input (issue 6): every file of the shared corpus of Excel, Google Sheets and
/// Apache POI saves, Transitional and Strict, and the workbooks from other writers committed here, go through the
/// screen and the whole check without a structural error and without a classified verdict.
/// </summary>
public sealed class OtherWritersTests
{
    private static readonly string[] StructuralRules =
    [
        WorkbookRules.Corrupt, WorkbookRules.PackageCorrupt, WorkbookRules.CorruptZip, WorkbookRules.XmlDtd, WorkbookRules.ZipBomb,
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Screen_EverySharedCorpusFile_HasNoStructuralErrorAndNothingClassified()
    {
        var folder = RepositoryPaths.ExcelSaves;
        Assert.True(
            Directory.Exists(folder),
            $"The shared corpus of real saves is missing: expected {folder} (../shared/corpus/excel-saves beside the clone, or set {RepositoryPaths.CorpusVariable}).");
        var files = Directory.GetFiles(folder, "*.xlsx").Order(StringComparer.Ordinal).ToList();
        var problems = new List<string>();

        foreach (var file in files)
        {
            problems.AddRange(await ProblemsAsync(file));
        }

        Assert.True(files.Count >= 16, $"{files.Count} files in {folder}");
        Assert.Contains(files, f => Path.GetFileName(f).StartsWith("strict_", StringComparison.Ordinal));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("openpyxl-report.xlsx")]
    [InlineData("libreoffice-report.xlsx")]
    public async Task Screen_ReaderFixtureFromOtherWriter_HasNoStructuralErrorAndNothingClassifiedOutsideItsComment(string file)
    {
        var path = Path.Combine(RepositoryPaths.Fixtures("Spm.Infrastructure.Tests"), file);

        var screening = await Checks.ScreenFileAsync(path, Ct);

        // The fixture's comment reads «Ескерту: құпия емес» ("not classified"): the mark word, which the screen flags
        // wherever it appears. Everything else in these files must pass.
        Assert.Empty(screening.Unreadable);
        Assert.All(screening.Classified, f => Assert.Matches(@"\(in xl/comments(/comment)?1\.xml\)", f.English));
    }

    /// <summary>What is wrong with one file for this test: a structural error or a classified verdict, from the screen or the check.</summary>
    private static async Task<IEnumerable<string>> ProblemsAsync(string path)
    {
        var name = Path.GetFileName(path);
        var screening = await Checks.ScreenFileAsync(path, Ct);
        var check = await Checks.FileAsync(path, "akmola", new FakeTimeProvider(new DateTimeOffset(2019, 7, 5, 6, 0, 0, TimeSpan.Zero)), Ct);
        IEnumerable<Finding> findings = [.. screening.Findings, .. check.Findings];
        return findings
            .Where(f => StructuralRules.Contains(f.RuleId) || f.RuleId == ScreenRules.ClassifiedContent)
            .Select(f => $"{name}: {f.RuleId} {f.Sheet}!{f.Cell} {f.English}")
            .Concat(check.ContainsClassified || screening.ContainsClassified ? [$"{name}: classified verdict"] : []);
    }
}
