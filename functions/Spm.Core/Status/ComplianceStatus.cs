namespace Spm.Core.Status;

/// <summary>Whether a reporting unit delivered its report for a period, and when.</summary>
public enum ComplianceStatus
{
    /// <summary>Nothing accepted, no upload refused, and the due date has not passed.</summary>
    NotDue,

    /// <summary>The first accepted report was uploaded on or before the due date (local calendar date).</summary>
    OnTime,

    /// <summary>The first accepted report was uploaded after the due date.</summary>
    Late,

    /// <summary>The due date has passed and nothing was uploaded that could be accepted or refused.</summary>
    Missing,

    /// <summary>Uploads were refused (rejected or quarantined) and none accepted, before or after the due date.</summary>
    RejectedOnly,
}
