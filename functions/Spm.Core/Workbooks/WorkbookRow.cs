namespace Spm.Core.Workbooks;

/// <summary>One row that holds at least one cell with a value, cells in document order.</summary>
/// <param name="Index">1-based row number as written in the sheet.</param>
/// <param name="IsHidden">The row is hidden (or zero height).</param>
/// <param name="Cells">Cells with a value or a formula; styled blank cells are left out.</param>
public sealed record WorkbookRow(int Index, bool IsHidden, IReadOnlyList<WorkbookCell> Cells)
{
    /// <summary>The cell in the given 1-based column, if the row has one.</summary>
    public WorkbookCell? Find(int column)
    {
        foreach (var cell in Cells)
        {
            if (cell.Column == column)
            {
                return cell;
            }
        }

        return null;
    }
}
