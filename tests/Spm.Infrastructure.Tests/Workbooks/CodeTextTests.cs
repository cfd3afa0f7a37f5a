using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Tests.Workbooks;

public class CodeTextTests
{
    [Theory]
    [InlineData("\u0422\u0406-1", "TI-1")]
    [InlineData("\u0442\u0456-1", "TI-1")]
    [InlineData(" RI - 1.2 ", "RI-1.2")]
    [InlineData("RI\u200B-2", "RI-2")]
    [InlineData("ri\u20131.2", "RI-1.2")]
    [InlineData("\u0420\u0406\u2212\u0031", "PI-1")]
    [InlineData("\u0410\u0412\u0415\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0425", "ABEKMHOPCTX")]
    [InlineData("\u0430\u0432\u0435\u043A\u043C\u043D\u043E\u0440\u0441\u0442\u0445", "ABEKMHOPCTX")]
    [InlineData("\uFF34\uFF29\uFF0D\uFF11", "TI-1")]
    [InlineData("\u0391\u0392\u0395", "ABE")]
    [InlineData("Құпия", "ҚҰПИЯ")]
    public void Canonicalize_Code_MapsLookAlikesAndSpaces(string text, string expected)
    {
        Assert.Equal(expected, CodeText.Canonicalize(text));
    }
}
