namespace Spm.Core.Workbooks;

/// <summary>How a cell's value is stored in the workbook, before any interpretation.</summary>
public enum CellKind
{
    /// <summary>A formula with no cached value (as written by openpyxl); the text is empty.</summary>
    Blank,

    /// <summary>Text from the shared string table (Excel's and LibreOffice's default).</summary>
    SharedString,

    /// <summary>Text stored in the cell itself (<c>t="inlineStr"</c>).</summary>
    InlineString,

    /// <summary>A number in invariant notation, possibly with an exponent: <c>12.5</c>, <c>1E-3</c>.</summary>
    Number,

    /// <summary><c>0</c> or <c>1</c>.</summary>
    Boolean,

    /// <summary>An error value such as <c>#DIV/0!</c>.</summary>
    Error,

    /// <summary>The cached text result of a formula (<c>t="str"</c>).</summary>
    FormulaString,

    /// <summary>An ISO 8601 date or date-time (<c>t="d"</c>).</summary>
    IsoDate,
}

/// <summary>What a cell's number format says about a numeric value.</summary>
public enum CellFormat
{
    /// <summary>A plain number or text.</summary>
    General,

    /// <summary>A date or time format: the number is a date serial (see <see cref="ExcelDate"/>).</summary>
    Date,

    /// <summary>A percent format: 12.5% is stored as 0.125.</summary>
    Percent,
}
