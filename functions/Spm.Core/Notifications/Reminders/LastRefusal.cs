using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;

namespace Spm.Core.Notifications.Reminders;

/// <summary>
/// A unit's latest refused upload for a period: rejected with findings, or quarantined (then no findings: a file
/// that is not storable leaves only metadata, and nothing of its content is ever quoted).
/// </summary>
public sealed record LastRefusal(
    string SubmissionId,
    DateTimeOffset UploadedUtc,
    SubmissionOutcome Outcome,
    string Rule,
    int Errors,
    bool Classified,
    IReadOnlyList<Finding> TopFindings);
