using Spm.Core.Catalog;

namespace Spm.Core.Status;

public sealed partial class StatusCalculator
{
    private static readonly (FundingSource Source, string Kk)[] Sources = [(FundingSource.Republican, "РБ"), (FundingSource.Local, "ЖБ")];

    // Per source: the program-wide row, then (where the source has regional money measures) each region in catalog order.
    private static List<ProgramFinanceRow> FinanceRows(PeriodFacts facts, List<MeasureLine> lines)
    {
        var byNumber = lines.ToDictionary(l => l.Measure.Number);
        var stated = facts.Catalog.Program.StatedFinancing;
        var rows = new List<ProgramFinanceRow>();
        foreach (var (source, kk) in Sources)
        {
            var money = facts.Catalog.Measures.Where(m => !m.Classified && m.IsMoney && m.Source == kk).ToList();
            var counting = money
                .SelectMany(m => byNumber.TryGetValue(m.Number, out var line) ? line.Units : [])
                .Where(u => u.CountsInNationalLine)
                .ToList();
            var statedYears = source == FundingSource.Republican ? stated.Republican : stated.Local;
            rows.Add(FinanceRow(
                facts,
                source,
                kk,
                StatusKeys.AllUnits,
                money.Select(m => m.Plan?.GetValueOrDefault(facts.YearKey)).ToList(),
                counting) with
            {
                IsNational = true,
                StatedPlan = statedYears.TryGetValue(facts.YearKey, out var s) ? (double)s : null,
            });

            var regional = money.Where(m => m.Regions is not null).ToList();
            if (regional.Count == 0)
            {
                continue;
            }

            foreach (var region in facts.Regions)
            {
                rows.Add(FinanceRow(
                    facts,
                    source,
                    kk,
                    region.Code,
                    regional.Select(m => RegionPlan(m, region.Code, facts.YearKey)).ToList(),
                    [.. regional
                        .SelectMany(m => byNumber.TryGetValue(m.Number, out var line) ? line.Units : [])
                        .Where(u => u.Unit.Code == region.Code && u.CountsInNationalLine)]));
            }
        }

        return rows;
    }

    private static ProgramFinanceRow FinanceRow(
        PeriodFacts facts, FundingSource source, string kk, string region, List<decimal?> plans, List<MeasureUnitLine> counting)
    {
        var planned = Sum(plans);
        var spent = Sum(counting.Where(u => u.Value is not null).Select(u => u.Value!.Spent));
        return new ProgramFinanceRow
        {
            PeriodCode = facts.Period.Code,
            Year = facts.Period.Year,
            PeriodKind = facts.Period.Kind,
            Source = source,
            SourceKk = kk,
            RegionCode = region,
            IsNational = false,
            Planned = PeriodFacts.ToDouble(planned),
            Spent = PeriodFacts.ToDouble(spent),
            ExecutionPercent = PeriodFacts.ToDouble(MeasureRules.ExecutionPercent(spent, planned)),
            MeasuresPlanned = plans.Count(p => p is not null),
            ReportsExpected = counting.Count,
            ReportsReceived = counting.Count(u => u.Value is not null),
        };
    }

    private static decimal? RegionPlan(Measure measure, string region, string year) =>
        measure.Regions!.TryGetValue(region, out var row) ? row.GetValueOrDefault(year) : null;
}
