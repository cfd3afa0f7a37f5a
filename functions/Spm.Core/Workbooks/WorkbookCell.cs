namespace Spm.Core.Workbooks;

/// <summary>One cell read from a sheet: where it is, how its value is stored and the raw text.</summary>
/// <param name="Row">1-based row number.</param>
/// <param name="Column">1-based column number (A = 1).</param>
/// <param name="Kind">How the value is stored.</param>
/// <param name="Text">The stored text: shared strings resolved, rich text runs joined, no trimming.</param>
public readonly record struct WorkbookCell(int Row, int Column, CellKind Kind, string Text)
{
    /// <summary>The cell holds a formula; <see cref="Kind"/> and <see cref="Text"/> are its cached result.</summary>
    public bool HasFormula => Formula is not null;

    /// <summary>The formula text without the leading '=', empty for a shared-formula follower, null when none.</summary>
    public string? Formula { get; init; }

    /// <summary>What the cell's number format says about a number.</summary>
    public CellFormat Format { get; init; }

    /// <summary>The cell's number format code when it shows text of its own (<c>"M-"0</c>); null otherwise.</summary>
    public string? NumberFormat { get; init; }

    public bool IsRowHidden { get; init; }

    public bool IsColumnHidden { get; init; }

    public bool IsHidden => IsRowHidden || IsColumnHidden;

    /// <summary>A1-style reference such as <c>E14</c>.</summary>
    public string Reference => CellReference.Format(Column, Row);

    /// <summary>Whether the cell holds text (of any storage kind) rather than a number or flag.</summary>
    public bool IsText => Kind is CellKind.SharedString or CellKind.InlineString or CellKind.FormulaString;

    /// <summary>
    /// Reads the value as a number: stored numbers by invariant notation, text by the explicit
    /// rules of <see cref="CellNumber.TryParse"/>. A percent-formatted number stays a fraction (0.125).
    /// </summary>
    public bool TryGetNumber(out decimal value)
    {
        switch (Kind)
        {
            case CellKind.Number:
                return CellNumber.TryParseStored(Text, out value);
            case CellKind.SharedString or CellKind.InlineString or CellKind.FormulaString:
                return CellNumber.TryParse(Text, out value);
            default:
                value = 0;
                return false;
        }
    }

    /// <summary>Reads the value as a date: a serial number, an ISO date cell, or dd.mm.yyyy / yyyy-mm-dd text.</summary>
    public bool TryGetDate(bool uses1904DateSystem, out DateOnly value)
    {
        switch (Kind)
        {
            case CellKind.Number when CellNumber.TryParseStoredDouble(Text, out var serial):
                return ExcelDate.TryFromSerial(serial, uses1904DateSystem, out value);
            case CellKind.IsoDate:
            case CellKind.SharedString or CellKind.InlineString or CellKind.FormulaString:
                return ExcelDate.TryParseText(Text, out value);
            default:
                value = default;
                return false;
        }
    }
}
