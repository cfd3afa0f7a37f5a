using System.Globalization;
using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;

namespace Spm.Core.Status;

/// <summary>What the rules read for one period, looked up once: reports in force, submissions, obligations, today's date.</summary>
internal sealed class PeriodFacts
{
    private readonly Dictionary<string, AcceptedReport> reports;

    private readonly Dictionary<string, Dictionary<string, ReportedValue>> values;

    private readonly Dictionary<string, Dictionary<string, ReportRow>> owed;

    public PeriodFacts(StatusInputs inputs, ReportingPeriod period, TimeZoneInfo zone, DateOnly today)
    {
        Catalog = inputs.Catalog;
        Period = period;
        Zone = zone;
        Today = today;
        PastDue = ReportingDeadlines.IsPastDue(period.Due, today);
        YearKey = period.Year.ToString(CultureInfo.InvariantCulture);
        IsHalfYear = period.Kind == "H1";
        Agencies = Catalog.Agencies.ToDictionary(a => a.Code, StringComparer.Ordinal);
        Regions = [.. Catalog.Agencies.Where(a => a.Kind == AgencyKind.Regional)];

        reports = inputs.Reports
            .Where(r => r.Period == period.Code)
            .GroupBy(r => r.Agency, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(r => r.Submission.UploadedUtc).ThenByDescending(r => r.Submission.Id, StringComparer.Ordinal).First(),
                StringComparer.Ordinal);
        values = reports.ToDictionary(r => r.Key, r => ByCode(r.Value.Values), StringComparer.Ordinal);
        Submissions = inputs.Submissions.Where(s => s.Period == period.Code).ToLookup(s => s.Agency, StringComparer.Ordinal);
        UnitsOwing = ReportObligations.AgenciesOwing(Catalog, period.Code);
        Obligations = UnitsOwing.ToDictionary(u => u, u => ReportObligations.For(Catalog, u, period.Code).Rows, StringComparer.Ordinal);
        owed = Obligations.ToDictionary(o => o.Key, o => o.Value.ToDictionary(r => r.Code, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    public ProgramCatalog Catalog { get; }

    public ReportingPeriod Period { get; }

    public TimeZoneInfo Zone { get; }

    public DateOnly Today { get; }

    /// <summary>The period's due date has passed (from the next local day).</summary>
    public bool PastDue { get; }

    /// <summary>The period's year as the catalog's plans key it: <c>"2019"</c>.</summary>
    public string YearKey { get; }

    public bool IsHalfYear { get; }

    public Dictionary<string, Agency> Agencies { get; }

    /// <summary>The regional akimats in catalog order.</summary>
    public IReadOnlyList<Agency> Regions { get; }

    public ILookup<string, Submission> Submissions { get; }

    /// <summary>Units that owe at least one row in the period, in catalog order.</summary>
    public IReadOnlyList<string> UnitsOwing { get; }

    /// <summary>The rows each owing unit owes, in template order.</summary>
    public Dictionary<string, IReadOnlyList<ReportRow>> Obligations { get; }

    public AcceptedReport? Report(string unit) => reports.GetValueOrDefault(unit);

    /// <summary>The unit's reported value for a row in the report in force; null when there is none.</summary>
    public ReportedValue? Value(string unit, string code) =>
        values.TryGetValue(unit, out var rows) ? rows.GetValueOrDefault(code) : null;

    /// <summary>The row as the unit's template has it (with the unit's plan); null when the unit does not owe it.</summary>
    public ReportRow? Owed(string unit, string code) =>
        owed.TryGetValue(unit, out var rows) ? rows.GetValueOrDefault(code) : null;

    public static double? ToDouble(decimal? value) => value is { } v ? (double)v : null;

    public static string Join(IEnumerable<string> codes) => string.Join(';', codes);

    private static Dictionary<string, ReportedValue> ByCode(IReadOnlyList<ReportedValue> rows)
    {
        var byCode = new Dictionary<string, ReportedValue>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            byCode.TryAdd(row.Code, row);
        }

        return byCode;
    }
}
