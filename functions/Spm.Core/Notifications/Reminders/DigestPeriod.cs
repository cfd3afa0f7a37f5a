using Spm.Core.Catalog;

namespace Spm.Core.Notifications.Reminders;

/// <summary>One period in the coordinator's digest: progress, late units, refused uploads, and uploads still in processing (or failed on our side).</summary>
public sealed record DigestPeriod(
    ReportingPeriod Period,
    int UnitsOwing,
    int UnitsAccepted,
    IReadOnlyList<LateUnit> Late,
    IReadOnlyList<RefusedUnit> Refused,
    IReadOnlyList<string> Processing);
