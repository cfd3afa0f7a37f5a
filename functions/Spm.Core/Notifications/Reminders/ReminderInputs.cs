using Spm.Core.Catalog;
using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;

namespace Spm.Core.Notifications.Reminders;

/// <summary>What the reminder plan is computed from, besides the clock and the policy.</summary>
/// <param name="Catalog">The program catalog.</param>
/// <param name="Submissions">Every submission of the active periods (any outcome; other periods are ignored).</param>
/// <param name="Findings">Findings by submission id, for the latest rejected upload of each unit and period (<see cref="ReminderPlanner.FindingsWanted"/>).</param>
/// <param name="RecentUploads">Uploads in the incident window (<see cref="ReminderPlanner.IncidentWindow"/>), whatever their period.</param>
public sealed record ReminderInputs(
    ProgramCatalog Catalog,
    IReadOnlyList<Submission> Submissions,
    IReadOnlyDictionary<string, IReadOnlyList<Finding>> Findings,
    IReadOnlyList<Submission> RecentUploads);
