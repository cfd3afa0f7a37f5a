using Spm.Core.Workbooks;
using static Spm.Infrastructure.Tests.Xlsx.Workbooks;

namespace Spm.Infrastructure.Tests.Xlsx;

public class XlsxSafetyTests
{
    public static TheoryData<string> Cases() => [.. HostileFiles.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_HostileFile_ReportsExactlyItsOwnRule(string name)
    {
        var hostile = HostileFiles.Get(name);

        var problems = AllProblems(HostileFiles.Bytes(hostile), hostile.Limits);

        var problem = Assert.Single(problems);
        Assert.Equal(hostile.ExpectedRule, problem.RuleId);
    }

    [Fact]
    public void Read_ValidBaseline_HasNoProblem()
    {
        Assert.Empty(AllProblems(HostileFiles.Valid()));
    }

    [Fact]
    public void Read_CellTextTooLong_NamesSheetAndCell()
    {
        var problem = Assert.Single(AllProblems(HostileFiles.Bytes(HostileFiles.Get("string-too-long-inline"))));

        Assert.Equal(("Report", "E14"), (problem.Sheet, problem.Cell));
        Assert.Contains("E14", problem.Kazakh, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_LibreOfficeLegacyXls_SaysLegacyNotEncrypted()
    {
        var opening = Open(File.ReadAllBytes(HostileFiles.Fixture("libreoffice-legacy.xls")));

        Assert.Equal(WorkbookRules.LegacyXls, opening.Problem?.RuleId);
        Assert.Contains("Workbook stream", opening.Problem?.Detail, StringComparison.Ordinal);
    }
}
