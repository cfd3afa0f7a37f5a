using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;

namespace Spm.Core.Tests.Submissions;

public class SubmissionRulesTests
{
    private static List<Finding> Findings(int count, Func<int, FindingSeverity> severity) =>
        [.. Enumerable.Range(1, count).Select(i => new Finding(severity(i), ReportRules.RowUnknownCode, "Есеп", $"A{i + 7}", $"X-{i}", "kk", "ru", "en"))];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(SubmissionRules.MaxStoredFindings)]
    public void ForStorage_FindingsThatFit_AreKeptAsTheyAre(int count)
    {
        var findings = Findings(count, _ => FindingSeverity.Error);

        Assert.Same(findings, SubmissionRules.ForStorage(findings));
    }

    [Fact]
    public void ForStorage_OneTooMany_KeepsTheFirstAndANoteForTheRest()
    {
        var findings = Findings(SubmissionRules.MaxStoredFindings + 1, _ => FindingSeverity.Warning);

        var stored = SubmissionRules.ForStorage(findings);

        Assert.Equal(SubmissionRules.MaxStoredFindings, stored.Count);
        Assert.Equal(findings.Take(SubmissionRules.MaxStoredFindings - 1), stored.Take(SubmissionRules.MaxStoredFindings - 1));
        var note = stored[^1];
        Assert.Equal((SubmissionRules.FindingsNotListed, FindingSeverity.Warning), (note.RuleId, note.Severity));
        Assert.Equal("2 more findings (0 errors, 2 warnings) are not listed; the feedback workbook marks each one.", note.English);
        Assert.StartsWith("Ещё 2 замечания (0 ошибок, 2 предупреждения)", note.Russian, StringComparison.Ordinal);
        Assert.StartsWith("Тағы 2 ескертпе (0 қате, 2 ескерту)", note.Kazakh, StringComparison.Ordinal);
    }

    [Fact]
    public void ForStorage_AnErrorAmongTheRest_MakesTheNoteAnError()
    {
        var findings = Findings(2_500, i => i % 10 == 0 ? FindingSeverity.Warning : FindingSeverity.Error);

        var note = SubmissionRules.ForStorage(findings)[^1];

        Assert.Equal(FindingSeverity.Error, note.Severity);
        Assert.StartsWith("Ещё 1501 замечание (1350 ошибок, 151 предупреждение)", note.Russian, StringComparison.Ordinal);
    }
}
