using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Tests.Workbooks;

public class ExcelDateTests
{
    [Theory]
    [InlineData(1, 1900, 1, 1)]
    [InlineData(59, 1900, 2, 28)]
    [InlineData(61, 1900, 3, 1)]
    [InlineData(43291, 2018, 7, 10)]
    [InlineData(43291.99, 2018, 7, 10)]
    [InlineData(45292, 2024, 1, 1)]
    [InlineData(2958465, 9999, 12, 31)]
    public void TryFromSerial_1900System_ReturnsDate(double serial, int year, int month, int day)
    {
        Assert.True(ExcelDate.TryFromSerial(serial, false, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.5)]
    [InlineData(60)]
    [InlineData(-1)]
    [InlineData(2958466)]
    [InlineData(double.NaN)]
    public void TryFromSerial_1900SystemInvalid_ReturnsFalse(double serial)
    {
        Assert.False(ExcelDate.TryFromSerial(serial, false, out _));
    }

    [Theory]
    [InlineData(0, 1904, 1, 1)]
    [InlineData(41829, 2018, 7, 10)]
    public void TryFromSerial_1904System_ReturnsDate(double serial, int year, int month, int day)
    {
        Assert.True(ExcelDate.TryFromSerial(serial, true, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData(1900, 1, 1, 1)]
    [InlineData(1900, 3, 1, 61)]
    [InlineData(2018, 7, 10, 43291)]
    public void ToSerial_Date_MatchesExcel(int year, int month, int day, int serial)
    {
        Assert.Equal(serial, ExcelDate.ToSerial(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData("10.07.2018")]
    [InlineData("10.7.2018")]
    [InlineData("2018-07-10")]
    [InlineData("2018-07-10T00:00:00")]
    [InlineData(" 10.07.2018\u00A0")]
    public void TryParseText_KnownFormats_ReturnsDate(string text)
    {
        Assert.True(ExcelDate.TryParseText(text, out var date));
        Assert.Equal(new DateOnly(2018, 7, 10), date);
    }

    [Theory]
    [InlineData("07/10/2018")]
    [InlineData("31.02.2018")]
    [InlineData("10 шілде 2018")]
    public void TryParseText_OtherText_ReturnsFalse(string text)
    {
        Assert.False(ExcelDate.TryParseText(text, out _));
    }
}
