namespace Spm.Core.Status.Reports;

/// <summary>
/// Renders a period's status as one self-contained HTML page: inline CSS, charts as inline SVG, no script and nothing
/// fetched from anywhere; laid out for A4 (tables break across pages and repeat their headers). Every figure is a
/// value of the status tables as given, or a count or sum of their rows, never a second computation of the rules; each
/// is marked with the table, row and column it shows (see <see cref="ReportFigures"/>).
/// </summary>
public static class StatusReport
{
    public static string Render(StatusReportData data, StatusReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new StatusReportPage(data, ReportWords.For(language)).Render();
    }

    /// <summary>The language's code: <c>kk</c> or <c>ru</c>, as in the report's blob name and the CLI's <c>--lang</c>.</summary>
    public static string Code(StatusReportLanguage language) => ReportWords.For(language).Lang;

    /// <summary>The blob name of a period's report in a language: <c>2019-FY.kk.html</c>.</summary>
    public static string BlobName(string period, StatusReportLanguage language) => $"{period}.{Code(language)}.html";
}
