using System.Text.Json.Nodes;
using Spm.Core.Catalog;

namespace Spm.Core.Tests.Catalog;

public class CatalogReconciliationTests
{
    // Every place where the decree's own numbers disagree, named one by one: a new difference fails.
    private static readonly string[] KnownDifferenceIds =
    [
        "measure 17/row-total",
        "measure 39/part gpo/row-total",
        "measure 39/parts/2021",
        "measure 39/parts/2022",
        "measure 39/parts/total",
        "measure 44/aktobe/row-total",
        "measure 44/regions/2019",
        "measure 47/row-total",
        "measure 47/regions/total",
        "financing/РБ/2018",
        "financing/РБ/2019",
        "financing/РБ/2020",
        "financing/РБ/2021",
        "financing/РБ/2022",
        "financing/РБ/total",
        "financing/ЖБ/2018",
        "financing/ЖБ/2020",
        "financing/ЖБ/total",
    ];

    private static readonly string EmbeddedJson = CatalogJson.Serialize(CatalogJson.LoadEmbedded().Catalog);

    [Fact]
    public void Check_EmbeddedCatalog_FindsExactlyTheKnownDifferences()
    {
        var catalog = CatalogJson.LoadEmbedded().Catalog;

        var found = CatalogReconciliation.Check(catalog);

        Assert.Equal(KnownDifferenceIds.Order(StringComparer.Ordinal), found.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compare_EmbeddedCatalog_ExplainsEveryDifference()
    {
        var catalog = CatalogJson.LoadEmbedded().Catalog;

        var (unexplained, stale) = CatalogReconciliation.Compare(catalog);

        Assert.Empty(unexplained);
        Assert.Empty(stale);
        Assert.All(catalog.KnownDifferences, d => Assert.False(string.IsNullOrWhiteSpace(d.Why)));
    }

    [Fact]
    public void Check_LocalBudgetMeasures_MatchStatedTotalsWithinRounding()
    {
        var catalog = CatalogJson.LoadEmbedded().Catalog;

        var local = CatalogReconciliation.Check(catalog).Where(d => d.Id.StartsWith("financing/ЖБ/", StringComparison.Ordinal));

        Assert.All(local, d => Assert.True(Math.Abs(d.Expected - d.Actual) <= 0.1m, d.Id));
    }

    [Fact]
    public void Check_VisibleRepublicanMoney_IsBelowStatedBecauseClassifiedRowsAreHidden()
    {
        var catalog = CatalogJson.LoadEmbedded().Catalog;

        var total = CatalogReconciliation.Check(catalog).Single(d => d.Id == "financing/РБ/total");

        Assert.Equal(209_361.3m, total.Expected);
        Assert.Equal(78_639.7m, total.Actual);
    }

    [Theory]
    [InlineData("measure", 2, "plan", "2018", 141, "measure 2/row-total")]
    [InlineData("measure", 6, "total", null, 80, "measure 6/row-total")]
    [InlineData("measure", 14, "regions", "akmola", 2, "measure 14/akmola/row-total")]
    [InlineData("measure", 61, "plan", "2019", 2873.1, "financing/ЖБ/2019")]
    [InlineData("stated", 0, "republican", "2019", 49939.1, "financing/stated/2019")]
    public void Compare_NumberChangedInCatalogFile_ReportsUnexplainedDifference(string what, int number, string field, string? key, double value, string expectedId)
    {
        var root = JsonNode.Parse(EmbeddedJson)!.AsObject();
        if (what == "stated")
        {
            root["program"]!["statedFinancing"]![field]![key!] = (decimal)value;
        }
        else
        {
            var measure = root["measures"]!.AsArray().Single(m => (int)m!["number"]! == number)!;
            if (field == "total")
            {
                measure["total"] = (decimal)value;
            }
            else if (field == "regions")
            {
                measure["regions"]![key!]!["2018"] = (decimal)value;
            }
            else
            {
                measure[field]![key!] = (decimal)value;
            }
        }

        var changed = CatalogJson.Deserialize(root.ToJsonString());

        var (unexplained, _) = CatalogReconciliation.Compare(changed);

        Assert.Contains(unexplained, d => d.Id == expectedId);
    }

    [Fact]
    public void Compare_KnownDifferenceFixedInCatalogFile_ReportsStaleExplanation()
    {
        var root = JsonNode.Parse(EmbeddedJson)!.AsObject();
        root["measures"]!.AsArray().Single(m => (int)m!["number"]! == 17)!["total"] = 478.5m;
        var changed = CatalogJson.Deserialize(root.ToJsonString());

        var (_, stale) = CatalogReconciliation.Compare(changed);

        Assert.Contains(stale, d => d.Id == "measure 17/row-total");
    }
}
