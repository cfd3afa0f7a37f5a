using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;

namespace Spm.Core.Status;

/// <summary>One unit's part in a measure in a period: its template row, its value in force, and the rules' verdicts.</summary>
internal sealed record MeasureUnitLine(Agency Unit, ReportRow Owed, ReportedValue? Value, bool CountsInNationalLine, bool IsOverdue, int? DaysOverdue);
