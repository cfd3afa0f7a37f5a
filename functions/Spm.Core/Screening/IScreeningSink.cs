using Spm.Core.Workbooks;

namespace Spm.Core.Screening;

/// <summary>Receives everything a workbook can show, part by part, and the parts that could not be read fully.</summary>
public interface IScreeningSink
{
    /// <summary>A text outside the cells (names, comments, properties, headers, validations, the shared string table…).</summary>
    void Text(in WorkbookText text);

    /// <summary>The cells of one row of a sheet; shared-string cells are screened through the shared string table.</summary>
    void Row(string sheet, WorkbookRow row);

    /// <summary>A part or feature the screen could not read fully, or that a report may not carry.</summary>
    void Problem(WorkbookProblem problem);
}
