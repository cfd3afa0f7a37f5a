using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;

namespace Spm.Core.Status;

public sealed partial class StatusCalculator
{
    // Classified and incomplete measures are owed by nobody, so they never get a line; the check is explicit anyway.
    private static List<MeasureLine> MeasureLines(PeriodFacts facts)
    {
        var lines = new List<MeasureLine>();
        foreach (var measure in facts.Catalog.Measures.Where(m => !m.Classified && !m.Incomplete))
        {
            var code = ReportObligations.MeasureCode(measure.Number);
            var dueDates = MeasureRules.DueDatesIn(measure, facts.Period, facts.Catalog.Periods);
            DateOnly? due = dueDates.Count > 0 ? dueDates[0] : null;
            var units = new List<MeasureUnitLine>();
            foreach (var unitCode in measure.Responsible.Distinct(StringComparer.Ordinal))
            {
                if (facts.Owed(unitCode, code) is not { } owed)
                {
                    continue;
                }

                var unit = facts.Agencies[unitCode];
                var value = facts.Value(unitCode, code);
                var overdue = due is { } d && MeasureRules.IsOverdue(d, facts.Today, value?.Status);
                units.Add(new MeasureUnitLine(
                    unit,
                    owed,
                    value,
                    MeasureRules.ContributesToNationalLine(measure, unit),
                    overdue,
                    overdue ? ReportingDeadlines.DaysAfter(due!.Value, facts.Today) : null));
            }

            if (units.Count > 0)
            {
                lines.Add(new MeasureLine(measure, code, due, units));
            }
        }

        return lines;
    }

    // Per measure, in the decree's order: the national line, then each unit in the decree's order of responsibility.
    private static List<MeasureStatusRow> MeasureRows(PeriodFacts facts, List<MeasureLine> lines)
    {
        var rows = new List<MeasureStatusRow>();
        foreach (var line in lines)
        {
            rows.Add(NationalMeasureRow(facts, line));
            rows.AddRange(line.Units.Select(u => UnitMeasureRow(facts, line, u)));
        }

        return rows;
    }

    private static MeasureStatusRow UnitMeasureRow(PeriodFacts facts, MeasureLine line, MeasureUnitLine unit)
    {
        var measure = line.Measure;
        var value = unit.Value;
        var plan = unit.Owed.PlanForYear;
        var spent = measure.IsMoney ? value?.Spent : null;
        var state = value is not null ? MeasureReportState.Reported
            : facts.PastDue ? MeasureReportState.NotReported
            : MeasureReportState.NotDue;
        return BaseRow(facts, line, unit.Unit.Code) with
        {
            Plan = PeriodFacts.ToDouble(plan),
            State = state,
            Fact = PeriodFacts.ToDouble(value?.Fact),
            FactPercent = PeriodFacts.ToDouble(MeasureRules.ExecutionPercent(value?.Fact, plan)),
            Spent = PeriodFacts.ToDouble(spent),
            BudgetExecutionPercent = measure.IsMoney ? PeriodFacts.ToDouble(MeasureRules.ExecutionPercent(spent, plan)) : null,
            CountsInNationalLine = unit.CountsInNationalLine,
            ExecutionStatus = value?.Status,
            UnitsOwing = 1,
            UnitsReported = value is null ? 0 : 1,
            ExecutedCount = value?.Status == ExecutionStatus.Executed ? 1 : 0,
            InProgressCount = value?.Status == ExecutionStatus.InProgress ? 1 : 0,
            NotExecutedCount = value?.Status == ExecutionStatus.NotExecuted ? 1 : 0,
            NotReportedCount = value is null ? 1 : 0,
            NotReportedUnits = value is null ? unit.Unit.Code : "",
            IsOverdue = unit.IsOverdue,
            DaysOverdue = unit.DaysOverdue,
            OverdueCount = unit.IsOverdue ? 1 : 0,
            SubmissionId = value is null ? "" : facts.Report(unit.Unit.Code)?.Submission.Id ?? "",
            Comment = value?.Comment ?? "",
        };
    }

    private static MeasureStatusRow NationalMeasureRow(PeriodFacts facts, MeasureLine line)
    {
        var measure = line.Measure;
        var plan = measure.Plan?.GetValueOrDefault(facts.YearKey);
        var reported = line.Units.Where(u => u.Value is not null).ToList();
        var counting = reported.Where(u => u.CountsInNationalLine).ToList();
        var fact = MeasureRules.IsSummable(measure) ? Sum(counting.Select(u => u.Value!.Fact)) : null;
        var spent = measure.IsMoney ? Sum(counting.Select(u => u.Value!.Spent)) : null;
        var outside = measure.IsMoney ? Sum(reported.Where(u => !u.CountsInNationalLine).Select(u => u.Value!.Spent)) : null;
        var missing = line.Units.Where(u => u.Value is null).Select(u => u.Unit.Code).ToList();
        var overdue = line.Units.Where(u => u.IsOverdue).ToList();
        var state = reported.Count == line.Units.Count ? MeasureReportState.Reported
            : reported.Count > 0 ? MeasureReportState.PartlyReported
            : facts.PastDue ? MeasureReportState.NotReported
            : MeasureReportState.NotDue;
        return BaseRow(facts, line, StatusKeys.AllUnits) with
        {
            IsNational = true,
            Plan = PeriodFacts.ToDouble(plan),
            State = state,
            Fact = PeriodFacts.ToDouble(fact),
            FactPercent = PeriodFacts.ToDouble(MeasureRules.ExecutionPercent(fact, plan)),
            Spent = PeriodFacts.ToDouble(spent),
            BudgetExecutionPercent = PeriodFacts.ToDouble(MeasureRules.ExecutionPercent(spent, plan)),
            SpentOutsideLine = PeriodFacts.ToDouble(outside),
            CountsInNationalLine = true,
            UnitsOwing = line.Units.Count,
            UnitsReported = reported.Count,
            ExecutedCount = reported.Count(u => u.Value!.Status == ExecutionStatus.Executed),
            InProgressCount = reported.Count(u => u.Value!.Status == ExecutionStatus.InProgress),
            NotExecutedCount = reported.Count(u => u.Value!.Status == ExecutionStatus.NotExecuted),
            NotReportedCount = missing.Count,
            NotReportedUnits = PeriodFacts.Join(missing),
            IsOverdue = overdue.Count > 0,
            DaysOverdue = overdue.Count > 0 ? overdue.Max(u => u.DaysOverdue) : null,
            OverdueCount = overdue.Count,
        };
    }

    private static MeasureStatusRow BaseRow(PeriodFacts facts, MeasureLine line, string unit) => new()
    {
        PeriodCode = facts.Period.Code,
        Year = facts.Period.Year,
        PeriodKind = facts.Period.Kind,
        MeasureNumber = line.Measure.Number,
        MeasureCode = line.Code,
        TaskNumber = line.Measure.Task,
        UnitCode = unit,
        IsNational = false,
        Unit = line.Measure.Unit ?? "",
        IsMoney = line.Measure.IsMoney,
        Source = line.Measure.Source ?? "",
        State = MeasureReportState.NotDue,
        CountsInNationalLine = false,
        UnitsOwing = 0,
        UnitsReported = 0,
        ExecutedCount = 0,
        InProgressCount = 0,
        NotExecutedCount = 0,
        NotReportedCount = 0,
        DueDate = line.DueDate,
        IsOverdue = false,
        OverdueCount = 0,
    };

    /// <summary>The sum of the values present; null when none is.</summary>
    private static decimal? Sum(IEnumerable<decimal?> values)
    {
        decimal? sum = null;
        foreach (var value in values)
        {
            if (value is { } v)
            {
                sum = (sum ?? 0) + v;
            }
        }

        return sum;
    }
}
