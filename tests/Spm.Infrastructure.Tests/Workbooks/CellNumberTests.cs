using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Tests.Workbooks;

// Core's parsers are tested here because this change may only touch this test project.
public class CellNumberTests
{
    [Theory]
    [InlineData("12,5", "12.5")]
    [InlineData("12.5", "12.5")]
    [InlineData("1 234,5", "1234.5")]
    [InlineData("1\u00A0234,5", "1234.5")]
    [InlineData("1\u202F234,5", "1234.5")]
    [InlineData("76\u00A0291,3", "76291.3")]
    [InlineData("270 148,8", "270148.8")]
    [InlineData("1,234.5", "1234.5")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("1.234.567,89", "1234567.89")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("1.234.567", "1234567")]
    [InlineData("1,234", "1.234")]
    [InlineData("1.234", "1.234")]
    [InlineData("  42 ", "42")]
    [InlineData("\u200B5\u200B", "5")]
    [InlineData("-12,5", "-12.5")]
    [InlineData("\u221212,5", "-12.5")]
    [InlineData("\u2013 3", "-3")]
    [InlineData("+7", "7")]
    [InlineData("12,5%", "12.5")]
    [InlineData("12,5 %", "12.5")]
    [InlineData(",5", "0.5")]
    [InlineData("0", "0")]
    [InlineData("007", "7")]
    [InlineData("1 000 000", "1000000")]
    public void TryParse_AcceptedText_ReturnsValue(string text, string expected)
    {
        var parsed = CellNumber.TryParse(text, out var value);

        Assert.True(parsed);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("-")]
    [InlineData("%")]
    [InlineData("abc")]
    [InlineData("12a")]
    [InlineData("1e5")]
    [InlineData("5,")]
    [InlineData("5.")]
    [InlineData("1,2.3")]
    [InlineData("1,234,5")]
    [InlineData("12 34")]
    [InlineData("1 234,567.5")]
    [InlineData("1.2.3,4,5")]
    [InlineData("--5")]
    [InlineData("5-")]
    [InlineData("(5)")]
    [InlineData("١٢")]
    [InlineData("12'345")]
    [InlineData("99999999999999999999999999999999")]
    public void TryParse_RejectedText_ReturnsFalse(string? text)
    {
        Assert.False(CellNumber.TryParse(text, out _));
    }

    [Theory]
    [InlineData("12.5", "12.5")]
    [InlineData("1.2345678901234499E-2", "0.0123456789012345")]
    [InlineData("0.30000000000000004", "0.3")]
    [InlineData("-7", "-7")]
    [InlineData("1E+15", "1000000000000000")]
    public void TryParseStored_ExcelNotation_ReturnsValueToFifteenDigits(string raw, string expected)
    {
        Assert.True(CellNumber.TryParseStored(raw, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("12,5")]
    [InlineData("1E+300")]
    [InlineData("NaN")]
    [InlineData("")]
    public void TryParseStored_NotStoredNumber_ReturnsFalse(string raw)
    {
        Assert.False(CellNumber.TryParseStored(raw, out _));
    }

    [Fact]
    public void TryParse_UnderAnotherCurrentCulture_GivesSameResult()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            Assert.True(CellNumber.TryParse("12,5", out var value));
            Assert.Equal(12.5m, value);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
