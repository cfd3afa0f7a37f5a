using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;

namespace Spm.Core.Status;

public sealed partial class StatusCalculator
{
    // Per indicator, in catalog order: the lead's row; or, for ЖАО-led indicators, the regions' mean then each region.
    private List<IndicatorStatusRow> IndicatorRows(PeriodFacts facts)
    {
        var rows = new List<IndicatorStatusRow>();
        foreach (var indicator in facts.Catalog.Indicators)
        {
            if (indicator.Lead != ReportObligations.LocalExecutiveBodies)
            {
                rows.Add(UnitIndicatorRow(facts, indicator, indicator.Lead, IndicatorFactBasis.LeadReport));
                continue;
            }

            var regions = facts.Regions.Select(r => (r.Code, Fact: facts.Value(r.Code, indicator.Code)?.Fact)).ToList();
            var reported = regions.Where(r => r.Fact is not null).Select(r => r.Fact!.Value).ToList();
            var missing = regions.Where(r => r.Fact is null).Select(r => r.Code).ToList();
            rows.Add(IndicatorRow(
                facts, indicator, indicator.Lead, IndicatorFactBasis.MeanOfRegions, IndicatorRules.NationalMean(reported), null) with
            {
                UnitsReported = reported.Count,
                UnitsExpected = regions.Count,
                MissingUnits = PeriodFacts.Join(missing),
                MissingCount = missing.Count,
            });
            rows.AddRange(facts.Regions.Select(r => UnitIndicatorRow(facts, indicator, r.Code, IndicatorFactBasis.RegionReport)));
        }

        return rows;
    }

    private IndicatorStatusRow UnitIndicatorRow(PeriodFacts facts, Indicator indicator, string unit, IndicatorFactBasis basis)
    {
        var value = facts.Value(unit, indicator.Code);
        var reported = value?.Fact is not null;
        return IndicatorRow(facts, indicator, unit, basis, value?.Fact, value) with
        {
            UnitsReported = reported ? 1 : 0,
            UnitsExpected = 1,
            MissingUnits = reported ? "" : unit,
            MissingCount = reported ? 0 : 1,
        };
    }

    private IndicatorStatusRow IndicatorRow(
        PeriodFacts facts, Indicator indicator, string unit, IndicatorFactBasis basis, decimal? fact, ReportedValue? value)
    {
        var plan = indicator.Plan.GetValueOrDefault(facts.YearKey);
        var direction = indicator.Direction;
        IndicatorStatus status;
        if (fact is not { } f)
        {
            status = IndicatorRules.Unreported(facts.PastDue);
        }
        else
        {
            status = facts.IsHalfYear
                ? IndicatorRules.ClassifyHalfYear(direction, indicator.Baseline2017, plan, f, thresholds)
                : IndicatorRules.ClassifyYear(direction, indicator.Baseline2017, plan, f, thresholds);
        }

        return new IndicatorStatusRow
        {
            PeriodCode = facts.Period.Code,
            Year = facts.Period.Year,
            PeriodKind = facts.Period.Kind,
            IndicatorCode = indicator.Code,
            UnitCode = unit,
            IsNational = basis != IndicatorFactBasis.RegionReport,
            FactBasis = basis,
            Direction = direction,
            Plan = PeriodFacts.ToDouble(plan),
            Baseline2017 = PeriodFacts.ToDouble(indicator.Baseline2017),
            Fact = PeriodFacts.ToDouble(fact),
            AchievementPercent = fact is { } a && plan is { } p ? PeriodFacts.ToDouble(IndicatorRules.AchievementPercent(direction, a, p)) : null,
            ProgressPercent = fact is { } b && plan is { } q ? PeriodFacts.ToDouble(IndicatorRules.ProgressPercent(direction, indicator.Baseline2017, q, b)) : null,
            Status = status,
            UnitsReported = 0,
            UnitsExpected = 0,
            SubmissionId = value is null ? "" : facts.Report(unit)?.Submission.Id ?? "",
            Comment = value?.Comment ?? "",
        };
    }
}
