using Spm.Core.Catalog;

namespace Spm.Core.Status;

/// <summary>One row of the <c>agencycompliance</c> fact table: a reporting unit that owes rows in a period.</summary>
public sealed record AgencyComplianceRow
{
    /// <summary>Partition: the period; row: the unit.</summary>
    public StatusRowKey Key => new(PeriodCode, UnitCode);

    public required string PeriodCode { get; init; }

    public required int Year { get; init; }

    public required string PeriodKind { get; init; }

    public required string UnitCode { get; init; }

    public required AgencyKind UnitKind { get; init; }

    /// <summary>The period's due date, a local calendar date; the report is due by the end of it.</summary>
    public required DateOnly DueDate { get; init; }

    public required ComplianceStatus Status { get; init; }

    /// <summary>Late: local days from the due date to the upload of the first accepted report.</summary>
    public int? DaysLate { get; init; }

    /// <summary>Missing or rejected only, after the due date: local days since it.</summary>
    public int? DaysOverdue { get; init; }

    public string FirstAcceptedSubmissionId { get; init; } = "";

    /// <summary>Upload instant (UTC) of the first accepted report: the one compliance is decided by.</summary>
    public DateTimeOffset? FirstAcceptedUtc { get; init; }

    public DateOnly? FirstAcceptedLocalDate { get; init; }

    /// <summary>The accepted report in force (the latest correction, or the first report).</summary>
    public string CurrentSubmissionId { get; init; } = "";

    public DateTimeOffset? CurrentAcceptedUtc { get; init; }

    /// <summary>Accepted reports after the first (corrections).</summary>
    public required int Corrections { get; init; }

    /// <summary>Every upload recorded for the unit and period, whatever its outcome.</summary>
    public required int Uploads { get; init; }

    /// <summary>Uploads rejected or quarantined.</summary>
    public required int RefusedUploads { get; init; }

    /// <summary>Rows the unit owes in the period (its template's rows).</summary>
    public required int RowsOwed { get; init; }

    /// <summary>Rows still owed: all of them while nothing is accepted, none after.</summary>
    public required int RowsOutstanding { get; init; }

    /// <summary>Codes of the rows still owed, <c>;</c>-joined in template order.</summary>
    public string OutstandingCodes { get; init; } = "";
}
