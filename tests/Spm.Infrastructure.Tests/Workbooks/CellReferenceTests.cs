using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Tests.Workbooks;

public class CellReferenceTests
{
    [Theory]
    [InlineData(1, 1, "A1")]
    [InlineData(5, 14, "E14")]
    [InlineData(26, 2, "Z2")]
    [InlineData(27, 3, "AA3")]
    [InlineData(16384, 1048576, "XFD1048576")]
    public void FormatAndParse_RoundTrip(int column, int row, string reference)
    {
        Assert.Equal(reference, CellReference.Format(column, row));
        Assert.True(CellReference.TryParse(reference, out var parsedColumn, out var parsedRow));
        Assert.Equal((column, row), (parsedColumn, parsedRow));
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("1")]
    [InlineData("A0")]
    [InlineData("XFE1")]
    [InlineData("A1048577")]
    [InlineData("AAAA1")]
    [InlineData("A1B")]
    public void TryParse_Invalid_ReturnsFalse(string reference)
    {
        Assert.False(CellReference.TryParse(reference, out _, out _));
    }

    [Theory]
    [InlineData("E", 5)]
    [InlineData("e14", 5)]
    [InlineData("XFD", 16384)]
    public void TryParseColumn_Letters_ReturnsColumn(string reference, int column)
    {
        Assert.True(CellReference.TryParseColumn(reference, out var parsed));
        Assert.Equal(column, parsed);
    }

    [Fact]
    public void WorkbookText_CellFromRowAndColumn_IsFormattedOnDemand()
    {
        var located = new WorkbookText(WorkbookTextOrigin.Cell, "xl/worksheets/sheet1.xml", "Есеп", null, "x") { Row = 14, Column = 5 };
        var given = new WorkbookText(WorkbookTextOrigin.Cell, "xl/worksheets/sheet1.xml", "Есеп", "B2", "x");

        Assert.Equal(("E14", "B2"), (located.Cell, given.Cell));
    }
}
