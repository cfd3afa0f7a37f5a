using Spm.Core.Catalog;

namespace Spm.Core.Status;

/// <summary>A measure in a period with the units that owe it: what both the measure rows and the finance rows are built from.</summary>
internal sealed record MeasureLine(Measure Measure, string Code, DateOnly? DueDate, IReadOnlyList<MeasureUnitLine> Units);
