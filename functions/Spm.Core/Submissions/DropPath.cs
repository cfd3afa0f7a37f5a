using Spm.Core.Catalog;

namespace Spm.Core.Submissions;

/// <summary>
/// Reads an upload's path in the drop container, <c>{agency}/{anything}.xlsx</c>: the first folder is the reporting
/// unit and the access boundary, matched exactly against the catalog's ASCII codes — no case folding, no look-alikes,
/// no <c>.</c> or <c>..</c> segments, no empty segments, no backslashes.
/// </summary>
public static class DropPath
{
    /// <summary>The reporting unit the path names, or the rule it breaks (with the unit when that part is fine).</summary>
    public static (string? Agency, string? Rule) Read(string blobName, ProgramCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        ArgumentNullException.ThrowIfNull(catalog);
        var segments = blobName.Split('/');
        if (blobName.Contains('\\', StringComparison.Ordinal) || segments.Length < 2
            || segments.Any(s => s.Length == 0 || s is "." or ".." || s.Any(char.IsControl)))
        {
            return (null, SubmissionRules.BadPath);
        }

        var unit = catalog.Agencies.FirstOrDefault(a => a.Kind != AgencyKind.Group && string.Equals(a.Code, segments[0], StringComparison.Ordinal));
        if (unit is null)
        {
            return (null, SubmissionRules.UnknownFolder);
        }

        if (!segments[^1].EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || segments[^1].Length <= ".xlsx".Length)
        {
            return (unit.Code, SubmissionRules.WrongExtension);
        }

        return (unit.Code, null);
    }

    /// <summary>The archived original's path: <c>{agency}/{period}/{submissionId}.xlsx</c> (<c>_</c> for an unknown period).</summary>
    public static string Archive(string agency, string period, string submissionId) =>
        $"{agency}/{(period.Length == 0 ? "_" : period)}/{submissionId}.xlsx";

    /// <summary>The feedback workbook's path, beside the original's in its own container.</summary>
    public static string Feedback(string agency, string period, string submissionId) => Archive(agency, period, submissionId);
}
