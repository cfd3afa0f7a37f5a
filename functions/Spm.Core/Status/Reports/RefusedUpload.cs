using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;

namespace Spm.Core.Status.Reports;

/// <summary>The latest refused upload of a unit whose every upload for the period was refused, and its findings: what it still has to fix.</summary>
public sealed record RefusedUpload(Submission Submission, IReadOnlyList<Finding> Findings);
