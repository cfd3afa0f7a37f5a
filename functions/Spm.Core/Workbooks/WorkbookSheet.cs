namespace Spm.Core.Workbooks;

/// <summary>A sheet listed in the workbook, in tab order.</summary>
/// <param name="Name">The name as shown on the tab.</param>
/// <param name="Position">0-based tab position.</param>
/// <param name="Visibility">Whether a person sees the tab.</param>
/// <param name="Kind">Worksheet, chart sheet or other.</param>
public sealed record WorkbookSheet(string Name, int Position, SheetVisibility Visibility, SheetKind Kind);

/// <summary>Tab visibility; very hidden sheets can only be shown from VBA.</summary>
public enum SheetVisibility
{
    Visible,
    Hidden,
    VeryHidden,
}

/// <summary>The kind of sheet; only worksheets hold cells.</summary>
public enum SheetKind
{
    Worksheet,
    Chartsheet,
    Dialogsheet,
    Other,
}
