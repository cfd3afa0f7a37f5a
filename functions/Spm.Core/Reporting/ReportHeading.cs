using Spm.Core.Workbooks;

namespace Spm.Core.Reporting;

/// <summary>Finds the report table's heading row by its labels, wherever rows or columns were inserted.</summary>
public static class ReportHeading
{
    // Per column A–H: the start of the Kazakh label, and the Russian one.
    private static readonly (string Kazakh, string Russian)[] Labels =
    [
        ("Код", "Код"),
        ("Атауы", "Наименование"),
        ("Өлшем бірлігі", "Единица измерения"),
        ("Жоспар", "План"),
        ("Факт", "Факт"),
        ("Жұмсалды", "Израсходовано"),
        ("Орындалу мәртебесі", "Статус исполнения"),
        ("Түсініктеме", "Комментарий"),
    ];

    /// <summary>Labels a row must show, each in its own cell, to be the heading row.</summary>
    public const int MinimumLabels = 4;

    /// <summary>
    /// The heading, when this row is it: the cell of its first label and how many columns the table is shifted
    /// (0 where the template put it; positive when columns were inserted before it).
    /// </summary>
    public static (string Cell, int Shift)? Find(WorkbookRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Span<int> columnOf = stackalloc int[Labels.Length];
        var matched = 0;
        foreach (var cell in row.Cells)
        {
            if (!cell.IsText)
            {
                continue;
            }

            var text = CellText.Normalize(cell.Text);
            for (var label = 0; label < Labels.Length; label++)
            {
                if (columnOf[label] == 0
                    && (text.StartsWith(Labels[label].Kazakh, StringComparison.OrdinalIgnoreCase) || text.StartsWith(Labels[label].Russian, StringComparison.OrdinalIgnoreCase)))
                {
                    columnOf[label] = cell.Column;
                    matched++;
                    break;
                }
            }
        }

        if (matched < MinimumLabels)
        {
            return null;
        }

        // The shift most labels agree on; the code column's own shift when it is there.
        var shifts = new Dictionary<int, int>();
        var firstLabel = -1;
        for (var label = 0; label < Labels.Length; label++)
        {
            if (columnOf[label] == 0)
            {
                continue;
            }

            firstLabel = firstLabel < 0 ? label : firstLabel;
            var shift = columnOf[label] - (label + 1);
            shifts[shift] = shifts.GetValueOrDefault(shift) + 1;
        }

        var agreed = columnOf[0] != 0 ? columnOf[0] - 1 : shifts.MaxBy(pair => pair.Value).Key;
        return (CellReference.Format(columnOf[firstLabel], row.Index), agreed);
    }
}
