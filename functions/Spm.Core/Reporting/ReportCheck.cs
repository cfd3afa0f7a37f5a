using Spm.Core.Catalog;
using Spm.Core.Reporting.Validation;
using Spm.Core.Screening;
using Spm.Core.Workbooks;

namespace Spm.Core.Reporting;

/// <summary>
/// "Check a report", the use case <c>spm validate</c> and the pipeline's validate step share: open the workbook,
/// screen everything it can show for classified content, validate it against the catalog, the agency and the period,
/// and make the feedback workbook. A file that names classified content, or that the screen could not read fully, is
/// not storable: its result carries no values and no quoted text, and no feedback workbook is made from it.
/// </summary>
public sealed class ReportCheck(
    LoadedCatalog catalog,
    IWorkbookReader reader,
    IWorkbookScreen screen,
    ClassifiedScreen classified,
    ReportValidator validator,
    IReportTemplateWriter templates,
    WorkbookLimits limits)
{
    /// <summary>Checks the workbook uploaded into <paramref name="agency"/>'s folder; never throws for bad content.</summary>
    public async Task<ValidationResult> CheckAsync(Stream content, string agency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(agency);
        await using var owned = content.CanSeek ? null : await CopyBoundedAsync(content, cancellationToken);
        var seekable = owned ?? content;
        if (seekable == Stream.Null)
        {
            return NotStorable(agency, new ScreeningResult([], [Finding.FromProblem(WorkbookProblem.FileTooLarge(null, limits.MaxFileBytes))]));
        }

        var start = seekable.Position;
        var opening = await reader.OpenAsync(seekable, cancellationToken);
        if (!opening.IsOpen)
        {
            // The reader stops at the first problem; the screen reads on, for one verdict on the whole file.
            seekable.Position = start;
            var screening = await screen.ScreenAsync(seekable, cancellationToken);
            return screening.Findings.Count > 0
                ? NotStorable(agency, screening)
                : new ValidationResult(agency, null, [Finding.FromProblem(opening.Problem)], [], ContainsClassified: false);
        }

        using var workbook = opening.Workbook;
        return new WorkbookCheck(classified, validator).Check(workbook, agency, cancellationToken);
    }

    /// <summary>
    /// The period a workbook's identity sheet names, when it is one of this program's periods; null otherwise (not a
    /// template, unreadable, or a period the catalog does not have). Safe to use in a path.
    /// </summary>
    public async Task<string?> ReadPeriodAsync(Stream content, CancellationToken cancellationToken)
    {
        var opening = await reader.OpenAsync(content, cancellationToken);
        if (!opening.IsOpen)
        {
            return null;
        }

        using var workbook = opening.Workbook;
        if (!workbook.Sheets.Any(s => s.Name == ReportTemplateLayout.IdentitySheet))
        {
            return null;
        }

        using var rows = workbook.ReadRows(ReportTemplateLayout.IdentitySheet);
        while (rows.Read())
        {
            if (CellText.Normalize(rows.Current.Find(1)?.Text) == ReportTemplateLayout.PeriodKey)
            {
                var period = CellText.Normalize(rows.Current.Find(2)?.Text);
                return catalog.Catalog.Periods.Any(p => p.Code == period) ? period : null;
            }
        }

        return null;
    }

    /// <summary>Why no feedback workbook can be made for a result, or null when one can.</summary>
    public static string? WhyNoFeedback(ValidationResult result, ProgramCatalog program)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(program);
        if (!result.Storable)
        {
            return result.ContainsClassified
                ? "the file names a classified measure and is not copied"
                : "the screen could not read the whole file, so nothing of it is copied";
        }

        return result.Agency is { } a && result.Period is { } p && ReportObligations.For(program, a, p).Succeeded
            ? null
            : "the file is not a template of this program (see the findings)";
    }

    /// <summary>Writes the feedback workbook for a storable result of this program; throws when <see cref="WhyNoFeedback"/> says none.</summary>
    public Task WriteFeedbackAsync(ValidationResult result, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (WhyNoFeedback(result, catalog.Catalog) is { } why)
        {
            throw new InvalidOperationException($"No feedback workbook: {why}.");
        }

        var obligations = ReportObligations.For(catalog.Catalog, result.Agency!, result.Period!);
        return templates.WriteFeedbackAsync(output, obligations, result, cancellationToken);
    }

    internal static ValidationResult NotStorable(string agency, ScreeningResult screening) =>
        new(agency, null, ReportValidator.Ordered(screening.ContainsClassified ? screening.Classified : screening.Findings), [], screening.ContainsClassified)
        {
            Storable = false,
        };

    /// <summary>A copy of a non-seekable stream (a blob download), or <see cref="Stream.Null"/> when it is over the size limit.</summary>
    private async Task<Stream> CopyBoundedAsync(Stream content, CancellationToken cancellationToken)
    {
        var copy = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > limits.MaxFileBytes)
            {
                await copy.DisposeAsync();
                return Stream.Null;
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return copy;
    }
}
