using System.Globalization;
using System.Text;
using Spm.Core.Catalog;

namespace Spm.Cli;

/// <summary>The readable summary printed by <c>spm catalog</c>.</summary>
internal static class CatalogSummary
{
    public static string Format(LoadedCatalog loaded, IReadOnlyList<KnownDifference> unexplained, IReadOnlyList<KnownDifference> stale)
    {
        var c = loaded.Catalog;
        var p = c.Program;
        var years = Enumerable.Range(p.FirstYear, p.LastYear - p.FirstYear + 1).Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray();
        var sb = new StringBuilder();
        void Line(string s = "") => sb.Append(s).Append('\n');

        Line($"Catalog {p.Code}, version {c.Version}, sha256 {loaded.Sha256[..12]}");
        Line(p.TitleKk);
        Line(Inv($"Decree No. {p.DecreeNumber} of {p.DecreeDate:yyyy-MM-dd}{(p.AmendedOn.Count > 0 ? ", amended " + string.Join(", ", p.AmendedOn.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))) : "")}; years {p.FirstYear}–{p.LastYear}; deadlines are dates in {p.TimeZone}."));
        Line();

        var open = c.Measures.Where(m => !m.Classified).ToArray();
        Line("Counts");
        Line(Inv($"  tasks {c.Tasks.Count}; target indicators {c.Indicators.Count(i => i.Level == IndicatorLevel.Target)}; result indicators {c.Indicators.Count(i => i.Level == IndicatorLevel.Result)}"));
        Line(Inv($"  measures {c.Measures.Count}: {open.Length} open, {c.Measures.Count(m => m.Classified)} classified («Құпия»), {open.Count(m => m.Incomplete)} incomplete in the text"));
        Line(Inv($"    in money (million tenge): {open.Count(m => m.IsMoney)} (РБ {open.Count(m => m.IsMoney && m.Source == "РБ")}, ЖБ {open.Count(m => m.IsMoney && m.Source == "ЖБ")}); with a regional breakdown: {open.Count(m => m.Regions is not null)}; split by agency or component: {open.Count(m => m.Parts.Count > 0)}"));
        Line(Inv($"  agencies: {c.Agencies.Count(a => a.Kind == AgencyKind.Central)} central bodies, {c.Agencies.Count(a => a.Kind == AgencyKind.Regional)} regional akimats (ЖАО)"));
        Line(Inv($"  reporting periods: {c.Periods.Count} ({c.Periods[0].Code} due {c.Periods[0].Due:yyyy-MM-dd} … {c.Periods[^1].Code} due {c.Periods[^1].Due:yyyy-MM-dd})"));
        Line();

        Line("Money, million tenge: the decree's stated financing against the sum of its money measures");
        Line("  " + "".PadRight(18) + string.Concat(years.Select(y => y.PadLeft(11))) + "total".PadLeft(12));
        var s = p.StatedFinancing;
        MoneyRow(sb, "РБ stated", years.Select(y => s.Republican.GetValueOrDefault(y)), s.RepublicanTotal);
        MoneyRow(sb, "РБ measures", years.Select(y => Sum(c, "РБ", y)), c.Measures.Where(m => m.IsMoney && m.Source == "РБ").Sum(m => m.Total ?? 0));
        MoneyRow(sb, "ЖБ stated", years.Select(y => s.Local.GetValueOrDefault(y)), s.LocalTotal);
        MoneyRow(sb, "ЖБ measures", years.Select(y => Sum(c, "ЖБ", y)), c.Measures.Where(m => m.IsMoney && m.Source == "ЖБ").Sum(m => m.Total ?? 0));
        MoneyRow(sb, "Total stated", years.Select(y => s.Total.GetValueOrDefault(y)), s.GrandTotal);
        Line();

        Line(Inv($"Differences in the decree's own numbers: {c.KnownDifferences.Count} explained, {unexplained.Count} unexplained, {stale.Count} no longer found"));
        foreach (var d in c.KnownDifferences)
        {
            Line(Inv($"  {d.Id}: expected {d.Expected:N1}, found {d.Actual:N1}. {d.Why}"));
        }

        foreach (var d in unexplained)
        {
            Line(Inv($"  UNEXPLAINED {d.Id}: expected {d.Expected:N1}, found {d.Actual:N1}."));
        }

        foreach (var d in stale)
        {
            Line(Inv($"  NO LONGER FOUND {d.Id}: the catalog explains a difference that does not occur."));
        }

        Line();
        Line(Inv($"Hand corrections of the decree text: {c.Corrections.Count}"));
        foreach (var h in c.Corrections)
        {
            Line($"  {h.Id} ({h.Where}): «{h.Found}» → «{h.Used}». {h.Why}");
        }

        Line();
        Line("Agencies");
        foreach (var a in c.Agencies)
        {
            Line($"  {a.Code,-17} {a.Kind.ToString().ToLowerInvariant(),-8} {a.Abbreviation,-28} {a.NameKk}");
        }

        return sb.ToString();
    }

    private static decimal Sum(ProgramCatalog c, string source, string year) =>
        c.Measures.Where(m => m.IsMoney && m.Source == source).Sum(m => m.Plan?.GetValueOrDefault(year) ?? 0);

    private static void MoneyRow(StringBuilder sb, string label, IEnumerable<decimal> values, decimal total) =>
        sb.Append("  ").Append(label.PadRight(18))
            .Append(string.Concat(values.Select(v => v.ToString("N1", CultureInfo.InvariantCulture).PadLeft(11))))
            .Append(total.ToString("N1", CultureInfo.InvariantCulture).PadLeft(12))
            .Append('\n');

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
