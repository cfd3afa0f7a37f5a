using Spm.Infrastructure.Tables;
using Spm.Integration.Tests.Support;

namespace Spm.Integration.Tests.PowerBi;

/// <summary>
/// The Power BI project in <c>powerbi/</c> against the tables the pipeline writes: a renamed or retyped column fails
/// here, in the build, rather than in the monitoring office's refresh.
/// </summary>
public sealed class PowerBiModelTests
{
    private static readonly string Project = Path.Combine(RepositoryPaths.Root, "powerbi");

    private static readonly string ModelDefinition = Path.Combine(Project, "SpmStatus.SemanticModel", "definition");

    private static readonly string ReportDefinition = Path.Combine(Project, "SpmStatus.Report", "definition");

    private static readonly Lazy<TmdlModel> Model = new(() => TmdlModel.Load(ModelDefinition));

    [Fact]
    public void Problems_TheProjectsModel_None()
    {
        var problems = ModelSchemaCheck.Problems(Model.Value, TableSchemas.ReportTables);

        Assert.Empty(problems);
    }

    [Fact]
    public void Load_TheProjectsModel_ReadsEveryTableOfTheReportAccountWithItsRelationships()
    {
        var model = Model.Value;

        var read = model.Tables.Select(t => PowerQuerySource.Parse(t.PartitionSource).TableName).ToList();
        Assert.Equal(TableSchemas.ReportTables.Keys.Order(StringComparer.Ordinal), read.Order(StringComparer.Ordinal));
        Assert.All(model.Tables, t => Assert.NotEmpty(t.Columns));
        Assert.Contains(model.Relationships, r => r is { FromTable: "indicatorstatus", FromColumn: "PeriodCode", ToTable: "periods", ToColumn: "Code" });
        Assert.Contains(model.Relationships, r => r is { FromTable: "programfinance", FromColumn: "RegionCode", ToTable: "regions", ToColumn: "Code" });
        Assert.Contains("Budget execution %", model.Find("programfinance")!.Measures);
    }

    [Fact]
    public void Problems_AColumnRenamedInTheModel_ReportsIt()
    {
        var renamed = Rename(Model.Value, "indicatorstatus", "AchievementPercent", "Achievement");

        var problems = ModelSchemaCheck.Problems(renamed, TableSchemas.ReportTables);

        Assert.Contains(problems, p => p.Contains("indicatorstatus: expands Achievement,", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("indicatorstatus.Achievement: the pipeline writes no column Achievement", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_AColumnRenamedByThePipeline_ReportsIt()
    {
        var schemas = TableSchemas.ReportTables.ToDictionary(
            t => t.Key,
            t => t.Key == "programfinance" ? [.. t.Value.Select(c => c.Name == "Spent" ? c with { Name = "AmountSpent" } : c)] : t.Value,
            StringComparer.Ordinal);

        var problems = ModelSchemaCheck.Problems(Model.Value, schemas);

        Assert.Contains("programfinance: expands Spent, which the pipeline does not write in programfinance.", problems);
        Assert.Contains("programfinance.Spent: the pipeline writes no column Spent in programfinance.", problems);
    }

    [Fact]
    public void Problems_AColumnRetypedByThePipeline_ReportsIt()
    {
        var schemas = TableSchemas.ReportTables.ToDictionary(
            t => t.Key,
            t => t.Key == "agencycompliance" ? [.. t.Value.Select(c => c.Name == "DaysLate" ? c with { EdmType = "Edm.String" } : c)] : t.Value,
            StringComparer.Ordinal);

        var problems = ModelSchemaCheck.Problems(Model.Value, schemas);

        Assert.Contains("agencycompliance: types DaysLate as Int64.Type, but agencycompliance.DaysLate is written as Edm.String.", problems);
        Assert.Contains("agencycompliance.DaysLate: dataType int64, but agencycompliance.DaysLate is written as Edm.String.", problems);
    }

    [Fact]
    public void Problems_AColumnLeftToAutoDetectionAndTheTimestampKept_ReportsBoth()
    {
        var table = Model.Value.Find("periods")!;
        var source = table.PartitionSource
            .Replace("{\"Year\", Int64.Type},", "", StringComparison.Ordinal)
            .Replace(", \"Timestamp\"", "", StringComparison.Ordinal);
        var model = Model.Value with { Tables = [.. Model.Value.Tables.Select(t => t == table ? t with { PartitionSource = source } : t)] };

        var problems = ModelSchemaCheck.Problems(model, TableSchemas.ReportTables);

        Assert.Contains("periods: Year is not given a type in Table.TransformColumnTypes (it would be auto-detected).", problems);
        Assert.Contains("periods: keeps the Timestamp column (the service's own, not the pipeline's).", problems);
    }

    [Fact]
    public void Problems_ARelationshipBetweenColumnsOfDifferentTypes_ReportsIt()
    {
        var model = Model.Value with
        {
            Relationships = [.. Model.Value.Relationships, new TmdlModel.Relationship("wrong", "measurestatus", "MeasureNumber", "measures", "Code")],
        };

        var problems = ModelSchemaCheck.Problems(model, TableSchemas.ReportTables);

        Assert.Equal(["relationship wrong: joins measurestatus.MeasureNumber (int64) to measures.Code (string)."], problems);
    }

    [Fact]
    public void Problems_ARelationshipToAColumnTheModelDoesNotHave_ReportsIt()
    {
        var model = Model.Value with
        {
            Relationships = [.. Model.Value.Relationships, new TmdlModel.Relationship("stale", "programfinance", "Region", "regions", "Code")],
        };

        var problems = ModelSchemaCheck.Problems(model, TableSchemas.ReportTables);

        Assert.Equal(["relationship stale: programfinance.Region is not a column of the model."], problems);
    }

    [Fact]
    public void Cultures_KazakhAndRussian_CaptionEveryTableColumnAndMeasure()
    {
        var model = Model.Value;
        var objects = model.Tables.SelectMany(t => new[] { t.Name }.Concat(t.Columns.Select(c => t.Name + "." + c.Name)).Concat(t.Measures.Select(m => t.Name + "." + m))).ToList();

        Assert.Equal(["kk-KZ", "ru-RU"], model.Cultures.Select(c => c.Name));
        foreach (var culture in model.Cultures)
        {
            var uncaptioned = objects.Where(o => !culture.Captions.TryGetValue(o, out var caption) || caption.Length == 0).ToList();
            var unknown = culture.Captions.Keys.Except(objects).ToList();
            Assert.Empty(uncaptioned);
            Assert.Empty(unknown);
        }
    }

    [Fact]
    public void ReportBindings_EveryFieldOfEveryVisual_IsInTheModel()
    {
        var fields = ReportBindingCheck.Fields(ReportDefinition);

        var problems = ReportBindingCheck.Problems(Model.Value, fields);

        Assert.Empty(problems);
        Assert.Equal(5, Directory.GetDirectories(Path.Combine(ReportDefinition, "pages")).Length);
        Assert.Contains(fields, f => f is { Kind: "Measure", Entity: "agencycompliance", Property: "On-time rate" });
    }

    [Fact]
    public void ReportBindings_AMeasureTheModelLacks_IsReported()
    {
        var fields = new[] { ("pages/x/visuals/y/visual.json", "Measure", "programfinance", "Execution %") };

        var problems = ReportBindingCheck.Problems(Model.Value, fields);

        Assert.Equal(["pages/x/visuals/y/visual.json: binds the measure programfinance.Execution %, which the model does not have."], problems);
    }

    /// <summary>A copy of the model with one column renamed the way a person would in the project: its name, source and query.</summary>
    private static TmdlModel Rename(TmdlModel model, string tableName, string from, string to)
    {
        var table = model.Find(tableName)!;
        var renamed = table with
        {
            Columns = [.. table.Columns.Select(c => c.Name == from ? c with { Name = to, SourceColumn = to } : c)],
            PartitionSource = table.PartitionSource.Replace($"\"{from}\"", $"\"{to}\"", StringComparison.Ordinal),
        };
        return model with { Tables = [.. model.Tables.Select(t => t == table ? renamed : t)] };
    }
}
