using Spm.Core.Catalog;

namespace Spm.Testing;

/// <summary>The embedded 2018–2022 catalog, and the same program moved to later years (to test the UTC+5 era).</summary>
public static class TestCatalogs
{
    private static readonly Lazy<LoadedCatalog> Embedded = new(CatalogJson.LoadEmbedded);

    public static LoadedCatalog Loaded => Embedded.Value;

    public static ProgramCatalog Decree => Embedded.Value.Catalog;

    /// <summary>The decree's catalog with its calendar rebuilt for <paramref name="firstYear"/>–<paramref name="lastYear"/>.</summary>
    public static LoadedCatalog WithYears(int firstYear, int lastYear)
    {
        var catalog = Decree with { Periods = ReportingCalendar.Build(firstYear, lastYear) };
        return new LoadedCatalog(catalog, Loaded.Sha256);
    }
}
