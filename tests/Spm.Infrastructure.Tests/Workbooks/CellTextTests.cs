using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Tests.Workbooks;

public class CellTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain", "plain")]
    [InlineData("  two  words ", "two words")]
    [InlineData("a\u00A0b\u202Fc", "a b c")]
    [InlineData("\u200Bza\u200Cb\u200D\uFEFF\u2060", "zab")]
    [InlineData("line\r\nbreak\ttab", "line break tab")]
    [InlineData("soft\u00ADhyphen", "softhyphen")]
    [InlineData("\u202Ertl\u202C", "rtl")]
    [InlineData("ctl\u0001x", "ctlx")]
    [InlineData("Құпия", "Құпия")]
    public void Normalize_Text_RemovesInvisiblesAndCollapsesSpaces(string? text, string expected)
    {
        Assert.Equal(expected, CellText.Normalize(text));
    }
}
