using System.Globalization;
using Spm.Core.Catalog;

namespace Spm.Core.Reporting;

/// <summary>
/// What an agency must report in a period.
/// </summary>
/// <remarks>
/// Rules:
/// <list type="bullet">
/// <item>Indicators the agency leads: <see cref="Indicator.Lead"/> is the agency, or it is the group <c>lea</c>
/// (ЖАО) and the agency is a regional akimat.</item>
/// <item>Measures whose <see cref="Measure.Responsible"/> lists the agency, except classified («Құпия») and
/// incomplete ones, which nobody is asked to report.</item>
/// <item>A measure is reported in every period of the program, except one whose deadline is specific dates or a
/// span of years: a span is reported in the periods of its years; a dated measure in the periods of the year
/// whose report first falls due on or after the date (due 2018-07-10 → 2018-H1 and 2018-FY; due 2019-01-10 →
/// the 2018 periods, since the 2018-FY report is due that day).</item>
/// </list>
/// </remarks>
public static class ReportObligations
{
    /// <summary>The ЖАО group code: a name for all regional akimats, never a reporting unit itself.</summary>
    public const string LocalExecutiveBodies = "lea";

    public static ObligationsResult For(ProgramCatalog catalog, string agencyCode, string periodCode)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(agencyCode);
        ArgumentNullException.ThrowIfNull(periodCode);
        var agency = catalog.Agencies.FirstOrDefault(a => a.Code == agencyCode);
        if (agency is null || agency.Kind == AgencyKind.Group)
        {
            var why = agency is null ? $"Unknown agency '{agencyCode}'." : $"'{agencyCode}' is a group of agencies, not a reporting unit; each member reports.";
            return ObligationsResult.Fail(
                ObligationsError.UnknownAgency,
                $"{why} Agencies: {string.Join(", ", ReportingAgencies(catalog).Select(a => a.Code))}.");
        }

        var period = catalog.Periods.FirstOrDefault(p => p.Code == periodCode);
        if (period is null)
        {
            return ObligationsResult.Fail(
                ObligationsError.UnknownPeriod,
                $"Unknown period '{periodCode}'. Periods: {string.Join(", ", catalog.Periods.Select(p => p.Code))}.");
        }

        return new ObligationsResult(agency, period, Rows(catalog, agency, period), null, null);
    }

    /// <summary>Codes of the agencies that owe at least one row in the period, in the catalog's order; empty for an unknown period.</summary>
    public static IReadOnlyList<string> AgenciesOwing(ProgramCatalog catalog, string periodCode)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var period = catalog.Periods.FirstOrDefault(p => p.Code == periodCode);
        if (period is null)
        {
            return [];
        }

        return [.. ReportingAgencies(catalog).Where(a => Rows(catalog, a, period).Count > 0).Select(a => a.Code)];
    }

    private static IEnumerable<Agency> ReportingAgencies(ProgramCatalog catalog) =>
        catalog.Agencies.Where(a => a.Kind != AgencyKind.Group);

    private static List<ReportRow> Rows(ProgramCatalog catalog, Agency agency, ReportingPeriod period)
    {
        var year = period.Year.ToString(CultureInfo.InvariantCulture);
        var rows = new List<ReportRow>();
        foreach (var indicator in catalog.Indicators)
        {
            var leads = indicator.Lead == agency.Code
                || (indicator.Lead == LocalExecutiveBodies && agency.Kind == AgencyKind.Regional);
            if (!leads)
            {
                continue;
            }

            rows.Add(new ReportRow
            {
                Code = indicator.Code,
                Kind = ReportRowKind.Indicator,
                NameKk = indicator.NameKk,
                Unit = indicator.Unit,
                PlanForYear = indicator.Plan.GetValueOrDefault(year),
                HasMoney = false,
            });
        }

        foreach (var measure in catalog.Measures)
        {
            if (measure.Classified || measure.Incomplete || !measure.Responsible.Contains(agency.Code)
                || !IsReportedIn(measure, period, catalog.Periods))
            {
                continue;
            }

            rows.Add(new ReportRow
            {
                Code = MeasureCode(measure.Number),
                Kind = ReportRowKind.Measure,
                NameKk = measure.NameKk ?? "",
                Unit = measure.Unit ?? "",
                PlanForYear = PlanFor(measure, agency, year),
                HasMoney = measure.IsMoney,
                Source = measure.Source,
            });
        }

        return rows;
    }

    /// <summary>The row code of a measure: <c>M-14</c>.</summary>
    public static string MeasureCode(int number) => "M-" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>An agency's plan for a measure in a year (see the remarks on this class); the status rules use it too.</summary>
    internal static decimal? PlanFor(Measure measure, Agency agency, string year)
    {
        if (agency.Kind == AgencyKind.Regional && measure.Regions is not null)
        {
            return measure.Regions.TryGetValue(agency.Code, out var own) ? own.GetValueOrDefault(year) : null;
        }

        // The agency's own sub-row: one naming it alone, else the one naming it among others (ЖАО's row names
        // all 16 regions). A sub-row with a funding note instead of numbers («көзделген қаражат шегінде») has no plan.
        var parts = measure.Parts.Where(p => p.Responsible.Contains(agency.Code)).OrderBy(p => p.Responsible.Count).ToList();
        if (parts.Count > 0)
        {
            return parts[0].Plan?.GetValueOrDefault(year);
        }

        return measure.Plan?.GetValueOrDefault(year);
    }

    /// <summary>Whether a measure is reported in the period at all (its deadline's years or dates).</summary>
    internal static bool IsReportedIn(Measure measure, ReportingPeriod period, IReadOnlyList<ReportingPeriod> periods)
    {
        var deadline = measure.Deadline;
        return deadline?.Kind switch
        {
            DeadlineKind.Years => (deadline.FromYear ?? int.MinValue) <= period.Year && period.Year <= (deadline.ToYear ?? int.MaxValue),
            DeadlineKind.Dates => deadline.Dates.Any(d => ReportingYearOf(d, periods) == period.Year),
            _ => true,
        };
    }

    /// <summary>The year whose report first falls due on or after the date.</summary>
    internal static int? ReportingYearOf(DateOnly due, IReadOnlyList<ReportingPeriod> periods) =>
        periods.Where(p => p.Due >= due).OrderBy(p => p.Due).FirstOrDefault()?.Year;
}

/// <summary>Why no obligations could be computed.</summary>
public enum ObligationsError
{
    UnknownAgency,
    UnknownPeriod,
}

/// <summary>The rows an agency owes in a period, or why there are none to compute.</summary>
public sealed record ObligationsResult(
    Agency? Agency,
    ReportingPeriod? Period,
    IReadOnlyList<ReportRow> Rows,
    ObligationsError? Error,
    string? Message)
{
    public bool Succeeded => Error is null;

    internal static ObligationsResult Fail(ObligationsError error, string message) => new(null, null, [], error, message);
}
