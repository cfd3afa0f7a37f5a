namespace Spm.Core.Status;

/// <summary>Whether a measure's row has been reported in a period.</summary>
public enum MeasureReportState
{
    /// <summary>Nothing accepted yet and the period's due date has not passed.</summary>
    NotDue,

    /// <summary>Nothing accepted and the due date has passed.</summary>
    NotReported,

    /// <summary>National line only: some of the units that owe the row have reported, not all.</summary>
    PartlyReported,

    /// <summary>Reported (on the national line: by every unit that owes it).</summary>
    Reported,
}
