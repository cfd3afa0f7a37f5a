using Spm.Catalog.Extraction;
using Spm.Core.Catalog;

namespace Spm.Catalog.Extraction.Tests;

public class DecreeExtractorTests
{
    [Theory]
    [InlineData("2021 жылғы 10 шілдеге қарай 2022 жылғы 10 қаңтарға және 10 шілдеге қарай", "2021-07-10 2022-01-10 2022-07-10")]
    [InlineData("2019 жылғы 1 наурыз, 1 қыркүйек", "2019-03-01 2019-09-01")]
    [InlineData("2018 ж. 25 желтоқсанға", "2018-12-25")]
    [InlineData("және 10 шілдеге", "")]
    [InlineData("2020 жылғы 1 шілдеге және 2 адам", "2020-07-01")]
    public void DueDates_AListWithoutItsYear_TakesTheYearBeforeIt(string text, string expected)
    {
        var dates = DecreeExtractor.DueDates(text).Select(d => new DateOnly(d.Year, d.Month!.Value, d.Day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, string.Join(' ', dates));
    }

    [Theory]
    [InlineData(new[] { "76", "291,3" }, 76291.3)]
    [InlineData(new[] { "100,", "0", "**" }, 100.0)]
    [InlineData(new[] { "4", "236,", "6", "**" }, 4236.6)]
    [InlineData(new[] { "11,7", "оның ішінде:", "1)", "6,3" }, 11.7)]
    [InlineData(new[] { "125,0**" }, 125.0)]
    [InlineData(new[] { "10", "000" }, 10000)]
    public void ReadNumber_SplitCell_JoinsFragments(string[] paragraphs, double expected)
    {
        var cell = new DecreeCell(1, paragraphs);

        var value = DecreeCells.ReadNumber(cell, out _);

        Assert.Equal((decimal)expected, value);
    }

    [Fact]
    public void ReadNumber_DashOrEmpty_IsNull()
    {
        Assert.Null(DecreeCells.ReadNumber(new DecreeCell(1, ["-"]), out _));
        Assert.Null(DecreeCells.ReadNumber(new DecreeCell(1, []), out _));
    }

    [Fact]
    public void ReadNumber_DoubleStar_MarksRevisable()
    {
        DecreeCells.ReadNumber(new DecreeCell(1, ["25,3", "**"]), out var revisable);
        DecreeCells.ReadNumber(new DecreeCell(1, ["25,3"]), out var fixedAmount);

        Assert.True(revisable);
        Assert.False(fixedAmount);
    }

    [Fact]
    public void Split_TabLines_SeparateCellsAndBlankLinesSeparateParagraphs()
    {
        const string text = "head\n\t\n1.\n\t\nname\n\nmore\n\t\n76\n\n291,3\n";

        var cells = DecreeCells.Split(text);

        Assert.Equal(["head"], cells[0].Paragraphs);
        Assert.Equal(["1."], cells[1].Paragraphs);
        Assert.Equal(["name", "more"], cells[2].Paragraphs);
        Assert.Equal(76291.3m, DecreeCells.ReadNumber(cells[3], out _));
    }

    [Fact]
    public void TryParseResponsible_AgreementAndHyphenatedWord_AreRecognised()
    {
        var ok = DecreeExtractor.TryParseResponsibleForTests("ҰҚК (келісім бойынша), МКҚ (келісім бойын-ша), ІІМ", out var codes, out var agreed);

        Assert.True(ok);
        Assert.Equal(["nsc", "sgs", "mia"], codes);
        Assert.Equal(["nsc", "sgs"], agreed);
    }

    [Fact]
    public void TryParseResponsible_LocalExecutiveBodies_ExpandToSixteenRegions()
    {
        var ok = DecreeExtractor.TryParseResponsibleForTests("ЖАО, ДІАҚМ", out var codes, out _);

        Assert.True(ok);
        Assert.Equal(17, codes.Count);
        Assert.Equal("akmola", codes[0]);
        Assert.Equal("mrcs", codes[^1]);
    }

    [Fact]
    public void TryParseResponsible_UnknownBody_Fails()
    {
        var ok = DecreeExtractor.TryParseResponsibleForTests("ҰКК (келісім бойынша)", out _, out _);

        Assert.False(ok);
    }

    [Fact]
    public void Extract_NotTheDecree_ReportsProblemsInsteadOfGuessing()
    {
        var result = DecreeExtractor.Extract("Бұл қаулы емес.\n\t\nҚұпия\n");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Contains("action plan", StringComparison.Ordinal));
        Assert.Empty(result.Catalog.Measures);
    }

    [Theory]
    [InlineData("шілдеге", 7)]
    [InlineData("наурыздағы", 3)]
    [InlineData("желтоқсанға", 12)]
    [InlineData("Қаңтарға", 1)]
    [InlineData("сейсенбі", null)]
    public void KazakhMonths_Stem_IsMatched(string word, int? month)
    {
        Assert.Equal(month, KazakhMonths.Parse(word));
    }

    [Fact]
    public void ReportingCalendar_Build_GivesHalfYearAndYearPerYear()
    {
        var periods = ReportingCalendar.Build(2023, 2024);

        Assert.Equal(["2023-H1", "2023-FY", "2024-H1", "2024-FY"], periods.Select(p => p.Code));
        Assert.Equal(new DateOnly(2025, 1, 10), periods[^1].Due);
    }
}
