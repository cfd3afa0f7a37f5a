namespace Spm.Core.Catalog;

/// <summary>
/// Checks a catalog against itself: each row's years against its total, regional rows and agency parts against
/// the measure's row, and the money measures per year and source against the financing the decree states.
/// </summary>
public static class CatalogReconciliation
{
    /// <summary>Every disagreement found, with an empty <see cref="KnownDifference.Why"/>.</summary>
    public static IReadOnlyList<KnownDifference> Check(ProgramCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var years = Years(catalog);
        var found = new List<KnownDifference>();

        void Compare(string id, decimal expected, decimal actual)
        {
            if (expected != actual)
            {
                found.Add(new KnownDifference { Id = id, Expected = expected, Actual = actual, Why = "" });
            }
        }

        var stated = catalog.Program.StatedFinancing;
        foreach (var y in years)
        {
            Compare($"financing/stated/{y}", stated.Total.GetValueOrDefault(y), stated.Republican.GetValueOrDefault(y) + stated.Local.GetValueOrDefault(y));
        }

        Compare("financing/stated/РБ/total", stated.RepublicanTotal, years.Sum(y => stated.Republican.GetValueOrDefault(y)));
        Compare("financing/stated/ЖБ/total", stated.LocalTotal, years.Sum(y => stated.Local.GetValueOrDefault(y)));
        Compare("financing/stated/total", stated.GrandTotal, stated.RepublicanTotal + stated.LocalTotal);

        foreach (var m in catalog.Measures.Where(m => !m.Classified))
        {
            var name = FormattableString.Invariant($"measure {m.Number}");
            if (m.Plan is not null && m.Total is not null)
            {
                Compare($"{name}/row-total", m.Total.Value, Sum(m.Plan, years));
            }

            foreach (var part in m.Parts.Where(p => p.Plan is not null && p.Total is not null))
            {
                Compare($"{name}/part {string.Join('+', part.Responsible)}/row-total", part.Total!.Value, Sum(part.Plan!, years));
            }

            var numericParts = m.Parts.Where(p => p.Plan is not null).ToArray();
            if (numericParts.Length > 0 && m.Plan is not null)
            {
                foreach (var y in years)
                {
                    Compare($"{name}/parts/{y}", m.Plan.GetValueOrDefault(y) ?? 0, numericParts.Sum(p => p.Plan!.GetValueOrDefault(y) ?? 0));
                }

                Compare($"{name}/parts/total", m.Total ?? 0, numericParts.Sum(p => p.Total ?? 0));
            }

            if (m.Regions is null)
            {
                continue;
            }

            foreach (var (region, row) in m.Regions)
            {
                if (row.GetValueOrDefault("total") is { } total)
                {
                    Compare($"{name}/{region}/row-total", total, Sum(row, years));
                }
            }

            foreach (var y in years.Append("total"))
            {
                var main = y == "total" ? m.Total : m.Plan?.GetValueOrDefault(y);
                Compare($"{name}/regions/{y}", main ?? 0, m.Regions.Values.Sum(r => r.GetValueOrDefault(y) ?? 0));
            }
        }

        foreach (var (source, statedYears, statedTotal) in new[]
        {
            ("РБ", stated.Republican, stated.RepublicanTotal),
            ("ЖБ", stated.Local, stated.LocalTotal),
        })
        {
            var money = catalog.Measures.Where(m => m.IsMoney && m.Source == source).ToArray();
            foreach (var y in years)
            {
                Compare($"financing/{source}/{y}", statedYears.GetValueOrDefault(y), money.Sum(m => m.Plan?.GetValueOrDefault(y) ?? 0));
            }

            Compare($"financing/{source}/total", statedTotal, money.Sum(m => m.Total ?? 0));
        }

        return found;
    }

    /// <summary>Differences that the catalog does not explain, and explanations that no longer apply.</summary>
    public static (IReadOnlyList<KnownDifference> Unexplained, IReadOnlyList<KnownDifference> Stale) Compare(ProgramCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var found = Check(catalog);
        var unexplained = found.Where(d => !catalog.KnownDifferences.Any(k => k.Id == d.Id && k.Expected == d.Expected && k.Actual == d.Actual)).ToArray();
        var stale = catalog.KnownDifferences.Where(k => !found.Any(d => d.Id == k.Id && d.Expected == k.Expected && d.Actual == k.Actual)).ToArray();
        return (unexplained, stale);
    }

    private static string[] Years(ProgramCatalog catalog) =>
        Enumerable.Range(catalog.Program.FirstYear, catalog.Program.LastYear - catalog.Program.FirstYear + 1)
            .Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();

    private static decimal Sum(SortedDictionary<string, decimal?> row, IEnumerable<string> years) =>
        years.Sum(y => row.TryGetValue(y, out var v) ? v ?? 0 : 0);
}
