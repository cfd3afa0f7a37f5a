using System.Reflection;
using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Tests.Workbooks;

public class WorkbookProblemTests
{
    [Fact]
    public void Factories_EveryRule_HasKazakhRussianAndDetail()
    {
        var problems = new[]
        {
            WorkbookProblem.FileTooLarge(30 * 1024 * 1024, 20 * 1024 * 1024),
            WorkbookProblem.FileTooLarge(null, 20 * 1024 * 1024),
            WorkbookProblem.NotZip("PDF"),
            WorkbookProblem.NotXlsx("ODS/ODF", "detail"),
            WorkbookProblem.LegacyXls("detail"),
            WorkbookProblem.Encrypted("detail"),
            WorkbookProblem.Macros("detail"),
            WorkbookProblem.EmbeddedObject("detail"),
            WorkbookProblem.CorruptZip("detail"),
            WorkbookProblem.ZipBomb("detail"),
            WorkbookProblem.XmlDtd("detail"),
            WorkbookProblem.Corrupt("detail"),
            WorkbookProblem.TooManyStrings("detail"),
            WorkbookProblem.Empty("detail"),
            WorkbookProblem.SheetMissing("Есеп"),
            WorkbookProblem.TooManyRows("Есеп", 1_000_000),
            WorkbookProblem.TooManyCells("Есеп", 20_000_000),
            WorkbookProblem.StringTooLong("Есеп", "E14", 32_767),
            WorkbookProblem.StringTooLong(32_767, "detail"),
            WorkbookProblem.EmptyFile(),
            WorkbookProblem.PackageCorrupt("detail"),
            WorkbookProblem.PartNotAllowed(PackageFeature.Image, "detail"),
            WorkbookProblem.FormulaBuildsText("Есеп", "H9"),
        };
        var ruleIds = typeof(WorkbookRules).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

        Assert.Equal(ruleIds.Order(), problems.Select(p => p.RuleId).Distinct().Order());
        Assert.All(problems, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Kazakh));
            Assert.False(string.IsNullOrWhiteSpace(p.Russian));
            Assert.False(string.IsNullOrWhiteSpace(p.Detail));
            Assert.NotEqual(p.Kazakh, p.Russian);
        });
        Assert.Contains("1 000 000", problems[15].Russian, StringComparison.Ordinal);
        Assert.Contains("30 МБ", problems[0].Kazakh, StringComparison.Ordinal);
        Assert.Contains("E14", problems[17].Kazakh, StringComparison.Ordinal);
    }
}
