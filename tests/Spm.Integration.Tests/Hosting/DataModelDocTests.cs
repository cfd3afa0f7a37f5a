using System.Text.RegularExpressions;
using Spm.Infrastructure.Storage;
using Spm.Infrastructure.Tables;
using Spm.Integration.Tests.Support;

namespace Spm.Integration.Tests.Hosting;

/// <summary>docs/data-model.md names every container, queue and table the code uses, and every column of the report tables.</summary>
public partial class DataModelDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "data-model.md"));

    [Fact]
    public void DataModel_EveryResourceTheCodeUses_IsDocumented()
    {
        var missing = StorageLayout.All.Where(r => !Doc.Contains($"`{r.Name}`", StringComparison.Ordinal)).Select(r => r.Name);

        Assert.Empty(missing);
    }

    [Fact]
    public void DataModel_EveryColumnOfEveryReportTable_IsDocumentedUnderItsTable()
    {
        var sections = TableSection().Matches(Doc).ToDictionary(m => m.Groups["table"].Value, m => m.Groups["body"].Value, StringComparer.Ordinal);

        var missing = TableSchemas.ReportTables
            .SelectMany(t => t.Value.Where(c => c.Name is not ("PartitionKey" or "RowKey")).Select(c => (t.Key, c)))
            .Where(x => !sections.TryGetValue(x.Key, out var body) || !body.Contains($"`{x.c.Name}` {x.c.EdmType["Edm.".Length..].ToLowerInvariant()}", StringComparison.Ordinal))
            .Select(x => $"{x.Key}.{x.c.Name}");

        Assert.Empty(missing);
    }

    [GeneratedRegex(@"^### `(?<table>[a-z0-9]+)`\n(?<body>(?:(?!^#).*\n?)*)", RegexOptions.Multiline)]
    private static partial Regex TableSection();
}
