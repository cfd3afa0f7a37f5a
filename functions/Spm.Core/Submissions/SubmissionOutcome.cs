namespace Spm.Core.Submissions;

/// <summary>How an upload ended; every upload ends in exactly one of these, <see cref="Pending"/> only on its way.</summary>
public enum SubmissionOutcome
{
    /// <summary>Received and archived; validation has not finished yet.</summary>
    Pending,

    /// <summary>Validated without errors; its values count (until a later accepted upload supersedes it).</summary>
    Accepted,

    /// <summary>Refused, with findings: an unknown folder, a file that is not a report, or a report with errors.</summary>
    Rejected,

    /// <summary>The same file (same SHA-256) was already accepted for that agency and period; not processed again.</summary>
    Duplicate,

    /// <summary>Not storable: classified content, or a file the screen could not read fully. Only metadata is kept.</summary>
    Quarantined,

    /// <summary>Processing failed after every attempt (an infrastructure fault); <c>spm resubmit</c> retries it.</summary>
    Failed,
}
