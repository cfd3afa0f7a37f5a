using Spm.Core.Catalog;
using Spm.Core.Screening;

namespace Spm.Core.Tests.Screening;

public class ClassifiedTextMatcherTests
{
    private static readonly LoadedCatalog Catalog = CatalogJson.LoadEmbedded();

    private static readonly ClassifiedTextMatcher Matcher =
        new(Catalog.Catalog.Measures.Where(m => m.Classified).Select(m => m.Number));

    [Theory]
    [InlineData("M-20", 20)]
    [InlineData("M20", 20)]
    [InlineData("М-21", 21)] // Cyrillic М
    [InlineData("м–21", 21)] // Cyrillic м, en dash
    [InlineData("see M-21.", 21)] // a full stop after the code
    [InlineData("M-21, M-22", 21)] // in a list
    [InlineData("M-21a", 21)] // whatever follows
    [InlineData("M - 21", 21)] // spaced
    [InlineData("M . 2 1", 21)] // digits split by one space
    [InlineData("M-2l", 21)] // Latin l for 1
    [InlineData("M-2І", 21)] // Cyrillic І for 1
    [InlineData("M-2O", 20)] // Latin O for 0
    [InlineData("M-2о", 20)] // Cyrillic о for 0
    [InlineData("М-З3", 33)] // Cyrillic З for 3
    [InlineData("M-5б", 56)] // Cyrillic б for 6
    [InlineData("Ｍ－２１", 21)] // full-width
    [InlineData("𝐌-𝟐𝟏", 21)] // mathematical bold
    [InlineData("Ⅿ-21", 21)] // Roman numeral one thousand
    [InlineData("M-⑳", 20)] // circled number
    [InlineData("M\u200B-\u200D21", 21)] // zero-width characters
    [InlineData("M\u0301-21", 21)] // a combining accent on the letter
    [InlineData("m-21", 21)] // lower case
    [InlineData("rn-21", 21)] // "rn" looks like m
    [InlineData("М-021", 21)] // leading zero
    [InlineData("№М21", 21)]
    [InlineData("(M-60)", 60)]
    [InlineData("М-21б", 21)] // a letter that looks like a digit after the code: 21 and б, not 216
    [InlineData("М-38ом", 38)] // an ending that starts with о
    [InlineData("M-21l", 21)]
    [InlineData("М-2Об", 20)] // Cyrillic О for 0, then б: 20, not 206 or 2
    [InlineData("М-ЗЗб", 33)] // all look-alikes, then б
    [InlineData("M-2 1б", 21)]
    [InlineData("5 М-21", 21)] // upper case after a number is still a code
    [InlineData("5 м-21", 21)] // lower case after a number, tied to the digits by a dash
    [InlineData("5 м/21", 21)]
    [InlineData("М-2 1", 21)]
    public void Match_ClassifiedMeasureCode_IsCaught(string text, int measure)
    {
        var match = Matcher.Match(text);

        Assert.Equal(new ScreenMatch(ScreenMatchKind.MeasureCode, measure), match);
    }

    [Theory]
    [InlineData("Құпия")]
    [InlineData("ҚҰПИЯ")]
    [InlineData("құпия")]
    [InlineData("Купия")]
    [InlineData("Кұпия")]
    [InlineData("Қупия")]
    [InlineData("Qupiya")]
    [InlineData("KUPIA")]
    [InlineData("kupija")]
    [InlineData("Қ\u200Bұпия")]
    [InlineData("Құ-пия")]
    [InlineData("ҚΥΡΙЯ")] // Greek capitals as look-alikes of Cyrillic
    [InlineData("құпиялы құжат")]
    [InlineData("Qupiia")] // Kazakh Latin (я is ia)
    [InlineData("Qūpiia")]
    [InlineData("Kupiia")] // Russian romanised (я is ia)
    [InlineData("КУП1Я")]
    [InlineData("Qup\u037Aya")] // GREEK YPOGEGRAMMENI looks like i (NFKC makes it a space and a mark)
    public void Match_ClassifiedMark_IsCaught(string text)
    {
        var match = Matcher.Match(text);

        Assert.Equal(ScreenMatchKind.ClassifiedMark, match.Kind);
    }

    [Theory]
    [InlineData("M-14")] // an open measure
    [InlineData("M-19, M-27")] // open measures
    [InlineData("M-210")] // a different number
    [InlineData("ТМ20")] // the letter inside a word
    [InlineData("бөлім 21")] // a word ending in м
    [InlineData("ұзындығы 20 м")] // metres after the number
    [InlineData("2019-12-13.1")]
    [InlineData("Кабель ұзындығы 500 м болды.")] // metres, then a word whose б о look like 6 0
    [InlineData("Ұзындығы 650 м, 25 камера орнатылды.")] // metres, then a count
    [InlineData("3 м\n23 декабря")]
    [InlineData("485,87 м² 5 августа")]
    [InlineData("в 5-м квартале 25 объектов")]
    [InlineData("Қоршау 500 м-ден астам, 25 бағана.")]
    [InlineData("жел жылдамдығы 5 м/с, 25 ақпан")]
    [InlineData("ұзындығы 1 200 м: 22 камера")]
    [InlineData("М-2 бойынша 5 семинар өткізілді.")] // an open measure, then a word whose б о look like 6 0
    [InlineData("По линии МО 25 военнослужащих прошли обучение.")] // an abbreviation whose О looks like 0, then a count
    [InlineData("По данным МЗ\n2 курса")]
    [InlineData("=M20+1")] // a cell reference is screened only as a formula's literals, never here as a code... but as text it reads M20
    public void Match_OrdinaryText_IsNotCaught(string text)
    {
        var match = Matcher.Match(text);

        Assert.Equal(text == "=M20+1" ? ScreenMatchKind.MeasureCode : ScreenMatchKind.None, match.Kind);
    }

    [Fact]
    public void Match_NameOfEveryIndicatorAndOpenMeasure_IsNotCaught()
    {
        var texts = Catalog.Catalog.Indicators.SelectMany(i => new[] { i.NameKk, i.SourceKk, i.Unit, i.DirectionReason })
            .Concat(Catalog.Catalog.Measures.Where(m => !m.Classified).SelectMany(m => new[] { m.NameKk, m.Unit, m.CompletionFormKk, m.Deadline?.TextKk, m.FundingNoteKk }))
            .Concat(Catalog.Catalog.Agencies.Select(a => a.NameKk))
            .Concat(Catalog.Catalog.Tasks.Select(t => t.NameKk))
            .Concat([Catalog.Catalog.Program.GoalKk, Catalog.Catalog.Program.TitleKk])
            .OfType<string>();

        var caught = texts.Where(t => Matcher.Match(t).IsMatch).ToList();

        Assert.Empty(caught);
    }
}
