using Spm.Core.Catalog;

namespace Spm.Core.Status;

/// <summary>
/// Computes the four status fact tables (indicators, measures, agency compliance, program finance) from the catalog,
/// the submissions, the reports in force and the clock. Pure apart from reading the clock once per call; rows come in
/// a stable order, so computing every period equals computing each period on its own, one after the other.
/// </summary>
public sealed partial class StatusCalculator(StatusThresholds thresholds, TimeProvider time)
{
    /// <summary>The tables for one period: every row whose partition is that period.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The period is not in the catalog.</exception>
    public StatusTables Compute(StatusInputs inputs, string periodCode)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(periodCode);
        var catalog = inputs.Catalog;
        var period = catalog.Periods.FirstOrDefault(p => p.Code == periodCode)
            ?? throw new ArgumentOutOfRangeException(
                nameof(periodCode), periodCode, $"Unknown period. Periods: {string.Join(", ", catalog.Periods.Select(p => p.Code))}.");
        var zone = ReportingDeadlines.Zone(catalog.Program.TimeZone);
        return ForPeriod(inputs, period, zone, ReportingDeadlines.LocalDate(time.GetUtcNow(), zone));
    }

    /// <summary>The tables for every period of the catalog, in the catalog's period order, all at one instant.</summary>
    public StatusTables ComputeAll(StatusInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var zone = ReportingDeadlines.Zone(inputs.Catalog.Program.TimeZone);
        var today = ReportingDeadlines.LocalDate(time.GetUtcNow(), zone);
        var periods = inputs.Catalog.Periods.Select(p => ForPeriod(inputs, p, zone, today)).ToList();
        return new StatusTables(
            [.. periods.SelectMany(t => t.Indicators)],
            [.. periods.SelectMany(t => t.Measures)],
            [.. periods.SelectMany(t => t.Compliance)],
            [.. periods.SelectMany(t => t.Finance)]);
    }

    private StatusTables ForPeriod(StatusInputs inputs, ReportingPeriod period, TimeZoneInfo zone, DateOnly today)
    {
        var facts = new PeriodFacts(inputs, period, zone, today);
        var lines = MeasureLines(facts);
        return new StatusTables(IndicatorRows(facts), MeasureRows(facts, lines), ComplianceRows(facts), FinanceRows(facts, lines));
    }
}
