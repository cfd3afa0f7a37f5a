using System.Globalization;
using Spm.Core.Catalog;
using Spm.Core.Reporting;

namespace Spm.Core.Status.Dimensions;

/// <summary>
/// Builds the dimension tables from the catalog: agencies, regions, indicators, measures, measure plans and periods,
/// with Kazakh names from the catalog and Russian names where <see cref="RussianNames"/> has them.
/// </summary>
public static class CatalogDimensions
{
    public static DimensionTables Build(ProgramCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var program = catalog.Program.Code;
        return new DimensionTables(
            Agencies(catalog, program),
            Regions(catalog, program),
            Indicators(catalog, program),
            [.. catalog.Measures.Select(m => Measure(m, program))],
            MeasurePlans(catalog, program),
            Periods(catalog, program));
    }

    private static List<AgencyRow> Agencies(ProgramCatalog catalog, string program)
    {
        var groups = catalog.Agencies.Where(a => a.Kind == AgencyKind.Group).ToList();
        return [.. catalog.Agencies.Select(a => new AgencyRow
        {
            ProgramCode = program,
            Code = a.Code,
            Kind = a.Kind,
            AbbreviationKk = a.Abbreviation,
            NameKk = a.NameKk,
            AbbreviationRu = RussianNames.Abbreviation(a.Code),
            NameRu = RussianNames.Name(a.Code),
            GroupCode = groups.FirstOrDefault(g => g.Members?.Contains(a.Code) == true)?.Code ?? "",
            RegionCode = a.Kind == AgencyKind.Regional ? a.Code : "",
        })];
    }

    // A region is the territory its akimat reports for; the catalog names it by the akimat's abbreviation.
    private static List<RegionRow> Regions(ProgramCatalog catalog, string program) =>
        [.. catalog.Agencies.Where(a => a.Kind == AgencyKind.Regional).Select((a, i) => new RegionRow
        {
            ProgramCode = program,
            Code = a.Code,
            NameKk = a.Abbreviation,
            NameRu = RussianNames.Region(a.Code),
            AkimatCode = a.Code,
            Order = i + 1,
        })];

    private static List<IndicatorRow> Indicators(ProgramCatalog catalog, string program) =>
        [.. catalog.Indicators.Select((i, n) => new IndicatorRow
        {
            ProgramCode = program,
            Code = i.Code,
            Level = i.Level,
            TaskNumber = i.Task,
            NameKk = i.NameKk,
            NameRu = "",
            Unit = i.Unit,
            Direction = i.Direction,
            Baseline2017 = (double?)i.Baseline2017,
            LeadCode = i.Lead,
            ResponsibleCodes = string.Join(';', i.Responsible),
            ResponsibleCount = i.Responsible.Count,
            ByAgreementCodes = string.Join(';', i.ByAgreement),
            SourceKk = i.SourceKk,
            Order = n + 1,
        })];

    /// <summary>A measure's dimension row; a classified or incomplete one keeps only its number, code, task and flags.</summary>
    internal static MeasureRow Measure(Measure m, string program)
    {
        var row = new MeasureRow
        {
            ProgramCode = program,
            Number = m.Number,
            Code = ReportObligations.MeasureCode(m.Number),
            TaskNumber = m.Task,
            Classified = m.Classified,
            Incomplete = m.Incomplete,
        };
        if (m.Classified || m.Incomplete)
        {
            return row;
        }

        var dates = m.Deadline?.Dates ?? [];
        return row with
        {
            NameKk = m.NameKk ?? "",
            Unit = m.Unit ?? "",
            IsMoney = m.IsMoney,
            CompletionFormKk = m.CompletionFormKk ?? "",
            DeadlineKind = m.Deadline?.Kind,
            DeadlineTextKk = m.Deadline?.TextKk ?? "",
            DueDates = string.Join(';', dates.Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            FirstDueDate = dates.Count > 0 ? dates.Min() : null,
            FromYear = m.Deadline?.FromYear,
            ToYear = m.Deadline?.ToYear,
            HalfYearReporting = m.Deadline?.HalfYearReporting ?? false,
            ResponsibleCodes = string.Join(';', m.Responsible),
            ResponsibleCount = m.Responsible.Count,
            ByAgreementCodes = string.Join(';', m.ByAgreement),
            Source = m.Source ?? "",
            BudgetPrograms = string.Join(';', m.BudgetPrograms),
            FundingNoteKk = m.FundingNoteKk ?? "",
            Revisable = m.Revisable,
            Total = (double?)m.Total,
            HasRegionalBreakdown = m.Regions is not null,
            HasAgencyParts = m.Parts.Count > 0,
        };
    }

    // Every year in which the measure is reported or has a plan: the national row, then each responsible unit.
    private static List<MeasurePlanRow> MeasurePlans(ProgramCatalog catalog, string program)
    {
        var agencies = catalog.Agencies.ToDictionary(a => a.Code, StringComparer.Ordinal);
        var rows = new List<MeasurePlanRow>();
        foreach (var measure in catalog.Measures.Where(m => !m.Classified && !m.Incomplete))
        {
            for (var year = catalog.Program.FirstYear; year <= catalog.Program.LastYear; year++)
            {
                var key = year.ToString(CultureInfo.InvariantCulture);
                var plan = measure.Plan?.GetValueOrDefault(key);
                var reported = catalog.Periods.Any(p => p.Year == year && ReportObligations.IsReportedIn(measure, p, catalog.Periods));
                if (!reported && plan is null)
                {
                    continue;
                }

                var national = new MeasurePlanRow
                {
                    ProgramCode = program,
                    MeasureNumber = measure.Number,
                    MeasureCode = ReportObligations.MeasureCode(measure.Number),
                    Year = year,
                    UnitCode = StatusKeys.AllUnits,
                    IsNational = true,
                    Plan = (double?)plan,
                    Unit = measure.Unit ?? "",
                    IsMoney = measure.IsMoney,
                    Source = measure.Source ?? "",
                    Reported = reported,
                    CountsInNationalLine = true,
                };
                rows.Add(national);
                foreach (var unit in measure.Responsible.Distinct(StringComparer.Ordinal).Select(c => agencies[c]))
                {
                    rows.Add(national with
                    {
                        UnitCode = unit.Code,
                        IsNational = false,
                        Plan = (double?)ReportObligations.PlanFor(measure, unit, key),
                        CountsInNationalLine = MeasureRules.ContributesToNationalLine(measure, unit),
                    });
                }
            }
        }

        return rows;
    }

    private static List<PeriodRow> Periods(ProgramCatalog catalog, string program)
    {
        var zone = ReportingDeadlines.Zone(catalog.Program.TimeZone);
        return [.. catalog.Periods.Select((p, i) => new PeriodRow
        {
            ProgramCode = program,
            Code = p.Code,
            Year = p.Year,
            Kind = p.Kind,
            Starts = p.Starts,
            Ends = p.Ends,
            DueDate = p.Due,
            OverdueFromUtc = ReportingDeadlines.OverdueFrom(p.Due, zone),
            Order = i + 1,
        })];
    }
}
