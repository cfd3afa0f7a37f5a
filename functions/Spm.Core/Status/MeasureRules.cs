using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;

namespace Spm.Core.Status;

/// <summary>
/// The measure rules, each a pure function: execution against the plan, one-off deadlines and when they are
/// overdue, and which co-executors' figures add up to the measure's national line. See docs/status-rules.md.
/// </summary>
public static class MeasureRules
{
    /// <summary>A reported quantity or amount as a percentage of the plan; null without a value or a positive plan.</summary>
    public static decimal? ExecutionPercent(decimal? value, decimal? plan) =>
        value is { } v && plan is { } p && p > 0 ? v / p * 100 : null;

    /// <summary>
    /// The one-off due dates (<see cref="DeadlineKind.Dates"/>) the period's report answers for, earliest first: the
    /// measure's dates that belong to the period's reporting year and fall on or before the period's own due date.
    /// Empty for every other kind of deadline.
    /// </summary>
    public static IReadOnlyList<DateOnly> DueDatesIn(Measure measure, ReportingPeriod period, IReadOnlyList<ReportingPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(periods);
        if (measure.Deadline is not { Kind: DeadlineKind.Dates } deadline)
        {
            return [];
        }

        return [.. deadline.Dates
            .Where(d => d <= period.Due && ReportObligations.ReportingYearOf(d, periods) == period.Year)
            .Order()];
    }

    /// <summary>
    /// A one-off measure is overdue once its due date has passed (from the next local day) and the period's report in
    /// force does not say «executed» (no report says nothing).
    /// </summary>
    public static bool IsOverdue(DateOnly dueDate, DateOnly today, ExecutionStatus? reported) =>
        ReportingDeadlines.IsPastDue(dueDate, today) && reported != ExecutionStatus.Executed;

    /// <summary>Whether facts in the measure's unit can be added up across co-executors: a count or an amount, not a percentage or nothing.</summary>
    public static bool IsSummable(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return !string.IsNullOrWhiteSpace(measure.Unit) && measure.Unit.Trim() != "%";
    }

    /// <summary>
    /// Whether a reporting unit's figures count in the measure's national line: the units whose plan rows divide the
    /// measure's plan between them. With a regional breakdown, the regions; with per-agency sub-rows that carry
    /// numbers, the agencies they name; otherwise every co-executor (each reports its share of one joint plan).
    /// </summary>
    public static bool ContributesToNationalLine(Measure measure, Agency unit)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(unit);
        if (measure.Regions is not null)
        {
            return unit.Kind == AgencyKind.Regional;
        }

        var planned = measure.Parts.Where(p => p.Plan is not null).ToList();
        return planned.Count == 0 || planned.Any(p => p.Responsible.Contains(unit.Code));
    }
}
