using Spm.Core.Catalog;
using Spm.Core.Submissions;

namespace Spm.Core.Status;

/// <summary>
/// Everything the status rules read besides the clock: the catalog, every submission of the period(s) in question
/// (any outcome), and the report in force per reporting unit and period.
/// </summary>
/// <remarks>
/// Inputs may hold other periods than the one computed; they are filtered by <see cref="Submission.Period"/>.
/// Should two reports be given for one unit and period, the later upload (then the greater id) is in force.
/// </remarks>
public sealed record StatusInputs(ProgramCatalog Catalog, IReadOnlyList<Submission> Submissions, IReadOnlyList<AcceptedReport> Reports);
