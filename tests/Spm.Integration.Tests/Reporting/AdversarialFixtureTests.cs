using System.Diagnostics;
using System.IO.Compression;
using Microsoft.Extensions.Time.Testing;
using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;
using Spm.Core.Screening;
using Spm.Core.Workbooks;
using Spm.Infrastructure;
using Spm.Integration.Tests.Support;

namespace Spm.Integration.Tests.Reporting;

/// <summary>
/// Issue 6's ways of smuggling classified content past the screen, breaking the reader or tripping a false alarm, each
/// as a real file (made by openpyxl, re-saved by LibreOffice or edited by hand: <c>Fixtures/make_adversarial.sh</c>), run
/// through the whole check as <c>spm validate</c> runs it. The table of fixtures is <c>Fixtures/README.md</c>.
/// </summary>
[Collection(nameof(MeasuredAlone))]
public sealed class AdversarialFixtureTests
{
    /// <summary>One report row (M-41) of mne for 2019-H1: the base of every fixture that hides something.</summary>
    private const string Small = "mne";

    /// <summary>Twenty-two report rows of akmola for 2019-H1: the base of the fixtures about the table.</summary>
    private const string Large = "akmola";

    private const string Report = ReportTemplateLayout.ReportSheet;

    private static readonly DateTimeOffset BeforeDue = new(2019, 7, 5, 6, 0, 0, TimeSpan.Zero);

    private static readonly LoadedCatalog Catalog = CatalogJson.LoadEmbedded();

    private static readonly string[] StructuralRules =
    [
        WorkbookRules.Corrupt, WorkbookRules.PackageCorrupt, WorkbookRules.CorruptZip, WorkbookRules.XmlDtd, WorkbookRules.ZipBomb,
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// The fixtures were made from templates of an earlier catalog revision, as agencies' files often are after a
    /// revision: every one of them also carries that warning, which says nothing about what the test is about.
    /// </summary>
    private static bool NotCatalogChanged(Finding finding) => finding.RuleId != ReportRules.CatalogChanged;

    /// <summary>Fixtures that name a classified measure (or carry the mark) in disguise, and where the screen must find it.</summary>
    /// <remarks><c>Sheet!Cell</c>, <c>Sheet!</c> for the sheet's header or footer, or the package part.</remarks>
    public static TheoryData<string, string> ClassifiedFixtures() => new()
    {
        // 1. a code followed by punctuation
        { "punct-comment-fullstop.xlsx", "xl/comments/comment1.xml" },
        { "punct-cell-list.xlsx", $"{Report}!H8" },

        // 2. look-alikes
        { "alike-cyrillic-o.xlsx", $"{Report}!H8" },
        { "alike-cyrillic-ze.xlsx", $"{Report}!H8" },
        { "alike-greek.xlsx", $"{Report}!H8" },
        { "alike-math-bold.xlsx", $"{Report}!H8" },
        { "alike-fullwidth.xlsx", $"{Report}!H8" },
        { "alike-spaced.xlsx", $"{Report}!H8" },
        { "alike-zero-width.xlsx", $"{Report}!H8" },
        { "alike-combining.xlsx", $"{Report}!H8" },
        { "alike-fullwidth-sheet-name.xlsx", "xl/workbook.xml" },
        { "mark-latin-k-subject.xlsx", "docProps/core.xml" },

        // 3. shown, but not stored as a string
        { "numfmt-quoted.xlsx", $"{Report}!H8" },
        { "numfmt-quoted-libreoffice.xlsx", $"{Report}!H8" },
        { "numfmt-escaped.xlsx", $"{Report}!H8" },
        { "numfmt-time-only.xlsx", $"{Report}!H8" },
        { "numfmt-time-12-hour.xlsx", $"{Report}!H8" },
        { "numfmt-elapsed-hours.xlsx", $"{Report}!H8" },
        { "numfmt-elapsed-minutes.xlsx", $"{Report}!H8" },
        { "numfmt-date-1904.xlsx", $"{Report}!H8" },
        { "numfmt-iso-date.xlsx", $"{Report}!H8" },
        { "numfmt-conditional.xlsx", $"{Report}!J8" },
        { "numfmt-dxf-same-id.xlsx", $"{Report}!H8" },
        { "numfmt-formula-libreoffice.xlsx", $"{Report}!H8" },
        { "formula-literals.xlsx", $"{Report}!H8" },
        { "formula-number.xlsx", $"{Report}!H8" },
        { "formula-char-libreoffice.xlsx", $"{Report}!H8" },
        { "defined-name-literal.xlsx", "xl/workbook.xml" },

        // 4. text-bearing parts
        { "image-svg.xlsx", "xl/media/image1.svg" },
        { "custom-xml-part.xlsx", "customXml/item1.xml" },
        { "phonetic-guide.xlsx", "xl/sharedStrings.xml" },
        { "phonetic-guide-inline.xlsx", $"{Report}!H8" },
        { "header-bold.xlsx", $"{Report}!" },
        { "header-colour.xlsx", $"{Report}!" },
        { "header-font-page.xlsx", $"{Report}!" },
        { "zip-comment.xlsx", "A zip archive comment" },
        { "zip-extra-field.xlsx", "A zip extra field that holds text" },

        // 5. a malformed part first, the classified reference in a later one
        { "malformed-app-then-comment.xlsx", "xl/comments/comment1.xml" },
        { "malformed-styles-then-comment.xlsx", "xl/comments/comment1.xml" },

        // 6. a report row whose code is a look-alike of a classified code
        { "row-code-lookalike.xlsx", $"{Report}!A8" },
    };

    /// <summary>Fixtures the screen cannot read fully, with nothing classified in what it could read, and the rule that says why.</summary>
    public static TheoryData<string, string, string> UnreadableFixtures() => new()
    {
        { "formula-char.xlsx", Small, WorkbookRules.FormulaBuildsText },
        { "numfmt-formula.xlsx", Small, WorkbookRules.FormulaBuildsText },
        { "numfmt-conditional-formula.xlsx", Small, WorkbookRules.FormulaBuildsText },
        { "image-png.xlsx", Small, WorkbookRules.PartNotAllowed },
        { "binary-property-part.xlsx", Small, WorkbookRules.PartNotAllowed },
        { "zip-trailing-bytes.xlsx", Small, WorkbookRules.PartNotAllowed },
        { "nesting-after-comment-quote.xlsx", Small, WorkbookRules.Corrupt },
        { "no-content-types.xlsx", Small, WorkbookRules.PackageCorrupt },
        { "undeclared-part.xlsx", Small, WorkbookRules.PackageCorrupt },
        { "truncated-sheet.xlsx", Large, WorkbookRules.Corrupt },
        { "empty.xlsx", Small, WorkbookRules.EmptyFile },
    };

    /// <summary>Fixtures that are whole and clean: storable, whatever else the check finds.</summary>
    public static TheoryData<string, string> StorableFixtures() => new()
    {
        { "rows-inserted-above.xlsx", Large },
        { "column-inserted.xlsx", Large },
        { "false-alarm-cell-references.xlsx", Large },
        { "formula-no-value.xlsx", Small },
    };

    [Theory]
    [MemberData(nameof(ClassifiedFixtures))]
    public async Task Check_ClassifiedReferenceInDisguise_IsClassifiedNotStorableAndLocated(string file, string where)
    {
        var result = await CheckAsync(file, Small);

        Assert.True(result.ContainsClassified, Describe(result));
        Assert.False(result.Storable);
        Assert.False(result.Accepted);
        Assert.Empty(result.Values);
        Assert.All(result.Findings, f => Assert.Equal(ScreenRules.ClassifiedContent, f.RuleId));
        Assert.Contains(result.Findings, f => IsAt(f, where));
    }

    [Theory]
    [MemberData(nameof(UnreadableFixtures))]
    public async Task Check_FileTheScreenCannotReadFully_IsNotStorableNorClassified(string file, string agency, string rule)
    {
        var result = await CheckAsync(file, agency);

        Assert.False(result.ContainsClassified, Describe(result));
        Assert.False(result.Storable);
        Assert.False(result.Accepted);
        Assert.Empty(result.Values);
        Assert.Contains(result.Findings, f => f.RuleId == rule);
        Assert.DoesNotContain(result.Findings, f => f.RuleId is ScreenRules.ClassifiedContent or ReportRules.RowClassified);
    }

    [Fact]
    public async Task Check_FormulaThatOnlyCalculationShows_IsRefusedAtItsCell()
    {
        var result = await CheckAsync("formula-char.xlsx", Small);

        var finding = Assert.Single(result.Findings, NotCatalogChanged);
        Assert.Equal((WorkbookRules.FormulaBuildsText, Report, "H8"), (finding.RuleId, finding.Sheet, finding.Cell));
    }

    [Theory]
    [InlineData("malformed-app-then-comment.xlsx", "docProps/app.xml")]
    [InlineData("malformed-styles-then-comment.xlsx", "xl/styles.xml")]
    public async Task Screen_MalformedPartBeforeTheClassifiedOne_ReadsOnAndReportsBoth(string file, string malformed)
    {
        var screening = await Checks.ScreenFileAsync(Fixture(file), Ct);

        Assert.True(screening.ContainsClassified);
        Assert.Contains(screening.Classified, f => f.English.Contains("(in xl/comments/comment1.xml)", StringComparison.Ordinal));
        Assert.Contains(screening.Unreadable, f => f.RuleId == WorkbookRules.Corrupt);
        Assert.Equal(ScreenRules.ClassifiedContent, screening.DecidingRule);
        Assert.True(FirstEntry(file, malformed), $"{malformed} is not before the comments in {file}");
    }

    [Fact]
    public async Task Check_RowsInsertedAboveTheHeading_IsAcceptedWithoutRowFindings()
    {
        var result = await CheckAsync("rows-inserted-above.xlsx", Large);

        Assert.True(result.Accepted, Describe(result));
        Assert.True(result.Storable);
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("row.", StringComparison.Ordinal) || f.RuleId.StartsWith("cell.", StringComparison.Ordinal));
        Assert.Equal(Owed(Large), result.Values.Select(v => v.Code));

        // Five rows were inserted: the first report row is 13, not 8.
        Assert.Equal(ReportTemplateLayout.FirstDataRow + 5, result.Values[0].Row);
    }

    [Fact]
    public async Task Check_ColumnInsertedBeforeTheCode_GivesOneTableShiftedFinding()
    {
        var result = await CheckAsync("column-inserted.xlsx", Large);

        var finding = Assert.Single(result.Findings, NotCatalogChanged);
        Assert.Equal((ReportRules.TableShifted, Report, "B7"), (finding.RuleId, finding.Sheet, finding.Cell));
        Assert.True(result.Storable);
        Assert.False(result.Accepted);
    }

    [Fact]
    public async Task Check_FormulasAndFormatsNamingCellM20_AreNoFalseAlarm()
    {
        var file = "false-alarm-cell-references.xlsx";

        var result = await CheckAsync(file, Large);

        Assert.True(result.Accepted, Describe(result));
        Assert.True(result.Storable);
        Assert.False(result.ContainsClassified);
        Assert.DoesNotContain(result.Findings, NotCatalogChanged);
        Assert.Equal(Owed(Large), result.Values.Select(v => v.Code));

        // The file does say M20 and M21, as cell references, where a screen reading text would see codes.
        Assert.Contains(">M20+1</f>", Part(file, "xl/worksheets/sheet1.xml"), StringComparison.Ordinal);
        Assert.Contains("sqref=\"M20:M21\"", Part(file, "xl/worksheets/sheet1.xml"), StringComparison.Ordinal);
        Assert.Contains("r=\"M20\"", Part(file, "xl/calcChain.xml"), StringComparison.Ordinal);
        Assert.Contains("$A$1:$M$21", Part(file, "xl/workbook.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_FactCellWithFormulaButNoCachedValue_SaysSoNotThatItIsEmpty()
    {
        var result = await CheckAsync("formula-no-value.xlsx", Small);

        var finding = Assert.Single(result.Findings, NotCatalogChanged);
        Assert.Equal((ReportRules.FormulaNoValue, "E8", "M-41"), (finding.RuleId, finding.Cell, finding.RowCode));
        Assert.Contains("Excel", finding.Kazakh, StringComparison.Ordinal);
        Assert.True(result.Storable);
    }

    [Fact]
    public async Task Check_PictureInThePackage_SaysWhatToRemoveInGrammaticalRussian()
    {
        var result = await CheckAsync("image-png.xlsx", Small);

        var russian = result.Findings.Where(f => f.RuleId == WorkbookRules.PartNotAllowed).Select(f => f.Russian).ToList();
        Assert.Contains(russian, r => r.StartsWith("Файл содержит рисунок, фигуру, надпись или диаграмму.", StringComparison.Ordinal));
        Assert.Contains(russian, r => r.StartsWith("Файл содержит изображение (рисунок).", StringComparison.Ordinal));
        Assert.Contains(russian, r => r.StartsWith("Файл содержит неизвестную часть, не относящуюся к шаблону.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_EmptyFile_SaysSoPlainlyInKazakhAndRussian()
    {
        var result = await CheckAsync("empty.xlsx", Small);

        var finding = Assert.Single(result.Findings, NotCatalogChanged);
        Assert.Equal(WorkbookRules.EmptyFile, finding.RuleId);
        Assert.DoesNotContain(finding.Kazakh, char.IsAsciiLetter);
        Assert.DoesNotContain(finding.Russian, char.IsAsciiLetter);
        Assert.False(result.Storable);
    }

    [Fact]
    public async Task Check_TruncatedReportSheet_ListsNoMissingRowsAfterTheStructuralError()
    {
        var result = await CheckAsync("truncated-sheet.xlsx", Large);

        Assert.Contains(result.Findings, f => f.RuleId == WorkbookRules.Corrupt);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == ReportRules.RowMissing);
        Assert.True(result.Findings.Count <= 2, Describe(result));
        Assert.False(result.Storable);
    }

    [Fact]
    public async Task Check_DeepNestingAfterAQuoteInAComment_IsRefusedQuicklyInLittleMemory()
    {
        var file = "nesting-after-comment-quote.xlsx";
        await CheckAsync("formula-no-value.xlsx", Small);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        var result = await CheckAsync(file, Small);

        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.Equal(WorkbookRules.Corrupt, Assert.Single(result.Findings).RuleId);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{clock.Elapsed}");
        Assert.True(allocated < 256L * 1024 * 1024, $"{allocated:N0} bytes allocated");

        // The part really nests 100,000 deep behind a comment holding a quote, in a small file.
        using var zip = ZipFile.OpenRead(Fixture(file));
        var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!;
        Assert.True(sheet.Length > 600_000 && sheet.CompressedLength < 10_000, $"{sheet.Length} / {sheet.CompressedLength}");
        Assert.Contains("<!-- a \" quote -->", Part(file, "xl/worksheets/sheet1.xml")[..300], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_EveryFixture_GivesOneVerdictWithEachFindingOnceAndNoStructuralErrorWhenStorable()
    {
        foreach (var (file, agency) in AllFixtures())
        {
            var result = await CheckAsync(file, agency);

            var repeated = result.Findings
                .GroupBy(f => (f.RuleId, f.Sheet, f.Cell, f.RowCode, Where: f.Cell is null ? f.English : null))
                .Where(g => g.Count() > 1)
                .Select(g => g.Key.ToString());
            Assert.Empty(repeated);
            Assert.All(result.Findings, f => Assert.Contains(f.RuleId, ReportRules.All));
            if (result.Storable)
            {
                Assert.DoesNotContain(result.Findings, f => StructuralRules.Contains(f.RuleId));
            }
        }
    }

    [Fact]
    public void Fixtures_EveryFileInTheFolder_IsTestedAndDocumented()
    {
        var tested = AllFixtures().Select(f => f.File).Order(StringComparer.Ordinal).ToList();

        var inFolder = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "adversarial")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Spm.Integration.Tests", "Fixtures", "README.md"));

        Assert.Equal(inFolder, tested);
        Assert.Equal(tested.Count, tested.Distinct(StringComparer.Ordinal).Count());
        Assert.All(tested, f => Assert.Contains($"`{f}`", readme, StringComparison.Ordinal));
    }

    private static IEnumerable<(string File, string Agency)> AllFixtures() =>
        ClassifiedFixtures().Select(row => (row.Data.Item1, Small))
            .Concat(UnreadableFixtures().Select(row => (row.Data.Item1, row.Data.Item2)))
            .Concat(StorableFixtures().Select(row => (row.Data.Item1, row.Data.Item2)));

    private static string Fixture(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "adversarial", file);

    private static Task<ValidationResult> CheckAsync(string file, string agency) =>
        Checks.FileAsync(Fixture(file), agency, new FakeTimeProvider(BeforeDue), Ct);

    private static IEnumerable<string> Owed(string agency) => ReportObligations.For(Catalog.Catalog, agency, "2019-H1").Rows.Select(r => r.Code);

    private static bool IsAt(Finding finding, string where)
    {
        var bang = where.IndexOf('!', StringComparison.Ordinal);
        return bang < 0
            ? finding.English.Contains($"(in {where})", StringComparison.Ordinal)
            : finding.Sheet == where[..bang] && finding.Cell == (bang == where.Length - 1 ? null : where[(bang + 1)..]);
    }

    private static string Part(string file, string part)
    {
        using var zip = ZipFile.OpenRead(Fixture(file));
        using var reader = new StreamReader(zip.GetEntry(part)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>Whether <paramref name="part"/> comes before the comments in the zip, as the screen reads it.</summary>
    private static bool FirstEntry(string file, string part)
    {
        using var zip = ZipFile.OpenRead(Fixture(file));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        return names.IndexOf(part) >= 0 && names.IndexOf(part) < names.IndexOf("xl/comments/comment1.xml");
    }

    private static string Describe(ValidationResult result) =>
        string.Join("; ", result.Findings.Select(f => $"{f.RuleId} {f.Sheet}!{f.Cell} {f.English}"));
}
