using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Spm.Core.Catalog;
using Spm.Core.Screening;

namespace Spm.Core.Tests.Screening;

/// <summary>
/// Property tests of the screen: 10,000 generated disguises of every classified code and of «Құпия» are all caught
/// with the right kind, and 10,000 texts of ordinary report language are never flagged. The seed is fixed so every
/// run checks the same cases; FsCheck prints the counterexample and its Replay value on a failure.
/// </summary>
public class ClassifiedTextMatcherPropertyTests
{
    /// <summary>Each property's generated cases (the issue asks for 10,000).</summary>
    public const int Cases = 10_000;

    /// <summary>FsCheck's (seed, gamma): the decree's number and its amendment's.</summary>
    public const string Seed = "(124,925)";

    private static readonly LoadedCatalog Catalog = CatalogJson.LoadEmbedded();

    private static readonly int[] ClassifiedNumbers = [.. Catalog.Catalog.Measures.Where(m => m.Classified).Select(m => m.Number)];

    private static readonly ClassifiedTextMatcher Matcher = new(ClassifiedNumbers);

    private static readonly string[] CodeTargets = ["M", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    [Property(MaxTest = Cases, Replay = Seed)]
    public Property Match_DisguisedClassifiedCode_IsCaughtWithItsNumber()
    {
        var disguises = Disguises.Code(ClassifiedNumbers).ToArbitrary();

        return Prop.ForAll(disguises, disguise => Assert.Equal(disguise.Expected, Matcher.Match(disguise.Text)));
    }

    [Property(MaxTest = Cases, Replay = Seed)]
    public Property Match_DisguisedMark_IsCaughtAsTheMark()
    {
        var disguises = Disguises.Mark().ToArbitrary();

        return Prop.ForAll(disguises, disguise => Assert.Equal(disguise.Expected, Matcher.Match(disguise.Text)));
    }

    [Property(MaxTest = Cases, Replay = Seed)]
    public Property Match_OrdinaryReportText_IsNotCaught()
    {
        var texts = OrdinaryText.Generate(Catalog.Catalog).ToArbitrary();

        return Prop.ForAll(texts, text => Assert.False(Matcher.Match(text).IsMatch, $"Flagged: \"{text}\" = \"{Disguise.Spelled(text)}\""));
    }

    /// <summary>
    /// Writes the screen's figures for docs/reliability.md to <c>SPM_RELIABILITY_DIR</c> (default
    /// artifacts/reliability)/screen.md: the same generators and seed as the properties, sampled 10,000 times each,
    /// with what each disguise combined. A measurement (trait <c>Category=Figures</c>; <c>bash scripts/reliability.sh</c>).
    /// </summary>
    [Fact]
    [Trait("Category", "Figures")]
    public async Task Properties_Figures_WritesTable()
    {
        var codes = Disguises.Code(ClassifiedNumbers).Sample(Cases, new Rnd(124, 925), 10);
        var marks = Disguises.Mark().Sample(Cases, new Rnd(124, 925), 10);
        var texts = OrdinaryText.Generate(Catalog.Catalog).Sample(Cases, new Rnd(124, 925), 10);
        var catalogTexts = OrdinaryText.CatalogTexts(Catalog.Catalog).ToList();

        var text = new System.Text.StringBuilder()
            .AppendLine("# Screen figures").AppendLine()
            .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"Generated with seed {Seed}, {Cases:N0} cases per generator; measured {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z.").AppendLine()
            .AppendLine("| generator | cases | caught as expected | caught otherwise | missed |").AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (name, cases) in new[] { ("classified codes", codes), ("the mark «Құпия»", marks) })
        {
            var found = cases.Select(d => (d, Match: Matcher.Match(d.Text))).ToList();
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture,
                $"| {name} | {found.Count:N0} | {found.Count(f => f.Match == f.d.Expected):N0} | {found.Count(f => f.Match.IsMatch && f.Match != f.d.Expected)} | {found.Count(f => !f.Match.IsMatch)} |");
        }

        text.AppendLine().AppendLine("What the disguises combined (a case counts under every feature it has):").AppendLine()
            .AppendLine("| feature | codes | marks |").AppendLine("| --- | ---: | ---: |");
        foreach (var feature in Enum.GetValues<DisguiseFeatures>().Where(f => f != DisguiseFeatures.None))
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"| {feature} | {codes.Count(d => d.Features.HasFlag(feature)):N0} | {marks.Count(d => d.Features.HasFlag(feature)):N0} |");
        }

        text.AppendLine().AppendLine("| ordinary text | texts | flagged |").AppendLine("| --- | ---: | ---: |")
            .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"| catalog texts (names, units, sources, deadlines, notes, agencies, tasks) | {catalogTexts.Count} | {catalogTexts.Count(t => Matcher.Match(t).IsMatch)} |")
            .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"| hand-written agency comments (Kazakh, Russian) | {OrdinaryText.Comments.Count} | {OrdinaryText.Comments.Count(t => Matcher.Match(t).IsMatch)} |")
            .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"| random texts joined from those pieces, amounts, dates, laws, references | {texts.Length:N0} | {texts.Count(t => Matcher.Match(t).IsMatch)} |");
        var folder = Environment.GetEnvironmentVariable("SPM_RELIABILITY_DIR") ?? Path.Combine(RepositoryRoot(), "artifacts", "reliability");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "screen.md"), text.ToString(), TestContext.Current.CancellationToken);

        Assert.All(codes.Concat(marks), d => Assert.Equal(d.Expected, Matcher.Match(d.Text)));
    }

    [Fact]
    public void Generators_EveryClassifiedNumberAndSpelling_AreDrawn()
    {
        var codes = Disguises.Code(ClassifiedNumbers).Sample(Cases, new Rnd(124, 925), 10);
        var marks = Disguises.Mark().Sample(Cases, new Rnd(124, 925), 10);

        Assert.Equal(ClassifiedNumbers.Order(), codes.Select(d => d.Expected.Measure).Distinct().Order());
        Assert.Equal(Disguises.MarkSpellings.Length, marks.Select(d => d.Hides).Distinct().Count());
        Assert.Contains(codes, d => d.Text.Any(c => c > '\u007F' && !char.IsLetter(c)));
    }

    [Fact]
    public void Lookalikes_EveryDigitAndLetterOfCodeAndMark_HasLookalikes()
    {
        var targets = Lookalikes.Targets.ToHashSet(StringComparer.Ordinal);

        Assert.All(CodeTargets, t => Assert.NotEmpty(Lookalikes.Of(t)));
        Assert.Contains(Lookalikes.Of("M"), l => l.Text == "\u041C" || l.Text == "rn");
        Assert.Contains(Lookalikes.Of("0"), l => l.Text == "\u041E" && l.Names == "CYRILLIC CAPITAL LETTER O");
        Assert.Contains("Қ", targets);
    }

    [Fact]
    public void Match_EveryCatalogText_IsNotCaught()
    {
        var texts = OrdinaryText.CatalogTexts(Catalog.Catalog).ToList();

        var caught = texts.Where(t => Matcher.Match(t).IsMatch).ToList();

        Assert.True(texts.Count > 300, texts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(caught);
    }

    [Fact]
    public void Match_RealisticReportComment_IsNotCaught()
    {
        var comments = OrdinaryText.Comments;

        var caught = comments.Where(t => Matcher.Match(t).IsMatch).ToList();

        Assert.True(comments.Count >= 200, comments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(caught);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Path.GetTempPath();
    }
}
