using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;
using Spm.Core.Workbooks;
using static Spm.Core.Reporting.ReportTemplateLayout;

namespace Spm.Core.Tests.Reporting.Validation;

/// <summary>
/// Every report rule, one case each. The cases are written against <see cref="InMemoryWorkbook"/>; each subclass
/// decides how the workbook reaches the validator: directly (ReportValidatorTests), or written to a
/// real xlsx file and read back by the streaming reader (XlsxReportValidatorTests in the integration tests).
/// </summary>
public abstract class ReportValidatorRules
{
    protected static readonly LoadedCatalog Catalog = CatalogJson.LoadEmbedded();

    // 5 July 2019, noon in Almaty (UTC+6 then): the 2019-H1 window is open and not yet due.
    private static readonly DateTimeOffset BeforeDue = new(2019, 7, 5, 6, 0, 0, TimeSpan.Zero);

    /// <summary>Validates <paramref name="workbook"/> as uploaded by <paramref name="agency"/> at <paramref name="now"/>.</summary>
    protected abstract ValidationResult Run(InMemoryWorkbook workbook, string agency, TimeProvider now);

    private ValidationResult Validate(InMemoryWorkbook workbook, string agency = "akmola", DateTimeOffset? now = null) =>
        Run(workbook, agency, new FakeTimeProvider(now ?? BeforeDue));

    /// <summary>The template with every owed row filled at plan and marked executed.</summary>
    private static InMemoryWorkbook Filled(string agency = "akmola", string period = "2019-H1")
    {
        var wb = InMemoryWorkbook.Template(Catalog, agency, period);
        foreach (var row in ReportObligations.For(Catalog.Catalog, agency, period).Rows)
        {
            var plan = (row.PlanForYear ?? 1m).ToString(CultureInfo.InvariantCulture);
            wb.Fill(row.Code, plan, row.HasMoney ? plan : null);
        }

        return wb;
    }

    private static Finding Only(ValidationResult result, string rule) =>
        Assert.Single(result.Findings, f => f.RuleId == rule);

    [Theory]
    [InlineData("akmola")]
    [InlineData("nsc")]
    [InlineData("mia")]
    [InlineData("mrcs")]
    public void Validate_EveryOwedRowFilledAtPlan_IsAcceptedWithoutFindings(string agency)
    {
        var wb = Filled(agency);

        var result = Validate(wb, agency);

        Assert.True(result.Accepted);
        Assert.Empty(result.Findings);
        Assert.Equal(ReportObligations.For(Catalog.Catalog, agency, "2019-H1").Rows.Count, result.Values.Count);
        Assert.Equal("2019-H1", result.Period);
    }

    [Fact]
    public void Validate_IdentitySheetMissing_RejectsAsNotOurTemplate()
    {
        var wb = Filled().RemoveSheet(IdentitySheet);

        var result = Validate(wb);

        Assert.False(result.Accepted);
        Assert.Equal(ReportRules.IdentityMissing, Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public void Validate_TemplateOfAnotherAgency_RejectsNamingBoth()
    {
        var wb = Filled("akmola");

        var result = Validate(wb, agency: "aktobe");

        var finding = Only(result, ReportRules.AgencyMismatch);
        Assert.Contains("akmola", finding.Kazakh, StringComparison.Ordinal);
        Assert.Contains("aktobe", finding.Russian, StringComparison.Ordinal);
        Assert.False(result.Accepted);
    }

    [Fact]
    public void Validate_UnknownTemplateFormat_Rejects()
    {
        var wb = Filled().Set(IdentitySheet, 1, 2, "7");

        var result = Validate(wb);

        Only(result, ReportRules.FormatUnknown);
    }

    [Fact]
    public void Validate_TemplateFromOlderCatalog_WarnsButAccepts()
    {
        var wb = Filled().Set(IdentitySheet, 4, 2, new string('0', 64));

        var result = Validate(wb);

        var finding = Only(result, ReportRules.CatalogChanged);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.True(result.Accepted);

        // The same version with other content (a catalog file edited without a new version) is not called "earlier".
        Assert.Contains("whose content has changed since", finding.English, StringComparison.Ordinal);
        Assert.Contains("по этой же версии", finding.Russian, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PeriodNotInCatalog_Rejects()
    {
        var wb = Filled().Set(IdentitySheet, 6, 2, "2031-H1");

        var result = Validate(wb);

        Only(result, ReportRules.PeriodUnknown);
    }

    [Fact]
    public void Validate_BeforeTheWindowOpens_Rejects()
    {
        var wb = Filled();

        var result = Validate(wb, now: new DateTimeOffset(2019, 3, 1, 6, 0, 0, TimeSpan.Zero));

        Assert.Contains("31.05.2019", Only(result, ReportRules.PeriodNotOpen).Russian, StringComparison.Ordinal);
        Assert.False(result.Accepted);
    }

    [Fact]
    public void Validate_AfterTheDueDateInAlmaty_WarnsLateButAccepts()
    {
        var wb = Filled();

        // 10 July 2019 19:00 UTC is already 11 July in Almaty (UTC+6 then).
        var result = Validate(wb, now: new DateTimeOffset(2019, 7, 10, 19, 0, 0, TimeSpan.Zero));

        Assert.Equal(FindingSeverity.Warning, Only(result, ReportRules.PeriodLate).Severity);
        Assert.True(result.Accepted);
    }

    [Fact]
    public void Validate_OnTheDueDateInAlmaty_IsNotLate()
    {
        var wb = Filled();

        var result = Validate(wb, now: new DateTimeOffset(2019, 7, 10, 17, 0, 0, TimeSpan.Zero));

        Assert.DoesNotContain(result.Findings, f => f.RuleId == ReportRules.PeriodLate);
    }

    [Fact]
    public void Validate_ClassifiedMeasureCodeInARow_IsRefusedAsClassified()
    {
        var wb = Filled().Set(ReportSheet, 60, 1, "M-20").Set(ReportSheet, 60, 5, "1");

        var result = Validate(wb);

        Assert.True(result.ContainsClassified);
        Assert.False(result.Accepted);
        Assert.Equal("A60", Only(result, ReportRules.ClassifiedContent).Cell);
        Assert.Empty(result.Values);
    }

    [Theory]
    [InlineData(WorkbookTextOrigin.Comment, "Бұл Құпия іс-шара туралы")]
    [InlineData(WorkbookTextOrigin.DocumentProperty, "see м–21 for details")]
    [InlineData(WorkbookTextOrigin.Cell, "М55")]
    public void Validate_ClassifiedTextHiddenAnywhere_IsRefused(WorkbookTextOrigin origin, string text)
    {
        var wb = Filled();
        wb.HiddenTexts.Add(new WorkbookText(origin, "xl/somewhere.xml", null, null, text));

        var result = Validate(wb);

        Assert.True(result.ContainsClassified);
        Only(result, ReportRules.ClassifiedContent);
    }

    [Fact]
    public void Validate_UnknownCode_RejectsThatRow()
    {
        var wb = Filled().Set(ReportSheet, 60, 1, "M-99").Set(ReportSheet, 60, 5, "1");

        var result = Validate(wb);

        Assert.Equal("A60", Only(result, ReportRules.RowUnknownCode).Cell);
    }

    [Fact]
    public void Validate_RowOfAnotherAgency_RejectsAsNotOwed()
    {
        var wb = Filled().Set(ReportSheet, 60, 1, "M-42").Set(ReportSheet, 60, 5, "1");

        var result = Validate(wb);

        Assert.Equal("M-42", Only(result, ReportRules.RowNotOwed).RowCode);
    }

    [Fact]
    public void Validate_RowTwice_RejectsTheSecond()
    {
        var wb = Filled();
        var first = wb.RowOf("M-14");
        wb.Set(ReportSheet, 60, 1, "M-14").Set(ReportSheet, 60, 5, "1").Set(ReportSheet, 60, 7, Executed);

        var result = Validate(wb);

        var finding = Only(result, ReportRules.RowDuplicate);
        Assert.Equal("A60", finding.Cell);
        Assert.Contains(first.ToString(CultureInfo.InvariantCulture), finding.Kazakh, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OwedRowDeleted_RejectsAsMissing()
    {
        var wb = Filled().RemoveRow("M-63");

        var result = Validate(wb);

        Assert.Equal("M-63", Only(result, ReportRules.RowMissing).RowCode);
    }

    [Fact]
    public void Validate_FactAndStatusEmpty_ReportsBothCells()
    {
        var wb = Filled().Fill("M-14", fact: null, status: null);
        var row = wb.RowOf("M-14");

        var result = Validate(wb);

        var required = result.Findings.Where(f => f.RuleId == ReportRules.CellRequired).Select(f => f.Cell ?? "").ToArray();
        Assert.Equal([$"E{row}", $"G{row}"], required);
        Assert.False(result.Accepted);
    }

    [Fact]
    public void Validate_MoneyRowWithoutSpent_RequiresIt()
    {
        var wb = Filled().Fill("M-63", "64.7", spent: null);

        var result = Validate(wb);

        Assert.Equal($"F{wb.RowOf("M-63")}", Only(result, ReportRules.CellRequired).Cell);
    }

    [Fact]
    public void Validate_MoneyRowWithoutAPlanForTheYear_LeavesSpentOptional()
    {
        // M-4 for a region: «көзделген қаражат шегінде» (within allocated funds), no amount planned.
        var wb = Filled().Fill("M-4", "1", spent: null);

        var result = Validate(wb);

        Assert.DoesNotContain(result.Findings, f => f.RowCode == "M-4");
        Assert.True(result.Accepted);
    }

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("1 234,5", 1234.5)]
    [InlineData(" 78 ", 78)]
    public void Validate_NumbersTypedAsText_AreParsedByExplicitRules(string typed, double expected)
    {
        var wb = Filled().Fill("M-66", typed);

        var result = Validate(wb);

        Assert.Equal((decimal)expected, result.Values.Single(v => v.Code == "M-66").Fact);
    }

    [Fact]
    public void Validate_FactNotANumber_Rejects()
    {
        var wb = Filled().Fill("M-14", "бір");

        var result = Validate(wb);

        Assert.Equal($"E{wb.RowOf("M-14")}", Only(result, ReportRules.CellNotNumber).Cell);
    }

    [Fact]
    public void Validate_NegativeFact_Rejects()
    {
        var wb = Filled().Fill("M-14", "-1");

        var result = Validate(wb);

        Only(result, ReportRules.CellNegative);
    }

    [Fact]
    public void Validate_PercentAboveHundred_Rejects()
    {
        var wb = Filled().Fill("RI-1.1", "101");

        var result = Validate(wb);

        Assert.Equal("RI-1.1", Only(result, ReportRules.CellOutOfRange).RowCode);
    }

    [Theory]
    [InlineData("Исполнено", ExecutionStatus.Executed)]
    [InlineData("орындалуда", ExecutionStatus.InProgress)]
    [InlineData(NotExecuted, ExecutionStatus.NotExecuted)]
    public void Validate_StatusInEitherLanguage_IsRecognised(string typed, ExecutionStatus expected)
    {
        var wb = Filled().Fill("M-14", "1", status: typed, comment: "себебі");

        var result = Validate(wb);

        Assert.Equal(expected, result.Values.Single(v => v.Code == "M-14").Status);
    }

    [Fact]
    public void Validate_StatusNotInList_Rejects()
    {
        var wb = Filled().Fill("M-14", "1", status: "жартылай");

        var result = Validate(wb);

        Only(result, ReportRules.StatusInvalid);
    }

    [Fact]
    public void Validate_NotExecutedWithoutComment_RequiresComment()
    {
        var wb = Filled().Fill("M-14", "1", status: NotExecuted);

        var result = Validate(wb);

        Assert.Equal($"H{wb.RowOf("M-14")}", Only(result, ReportRules.CommentRequired).Cell);
    }

    [Fact]
    public void Validate_BelowPlanWithoutComment_RequiresComment()
    {
        var wb = Filled().Fill("RI-1.1", "70");

        var result = Validate(wb);

        Assert.Contains("ниже плана", Only(result, ReportRules.CommentRequired).Russian, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LowerIsBetterIndicatorAbovePlan_RequiresComment()
    {
        // RI-2.2 (share studying informally abroad) should fall: 2019 plan 90, reported 95.
        var wb = Filled("nsc").Fill("RI-2.2", "95");

        var result = Validate(wb, "nsc");

        Assert.Equal("RI-2.2", Only(result, ReportRules.CommentRequired).RowCode);
    }

    [Fact]
    public void Validate_SpentAbovePlan_WarnsButAccepts()
    {
        var wb = Filled().Fill("M-63", "64.7", spent: "70");

        var result = Validate(wb);

        Assert.Equal(FindingSeverity.Warning, Only(result, ReportRules.SpentAbovePlan).Severity);
        Assert.True(result.Accepted);
    }

    [Fact]
    public void Validate_SpentOnRowWithoutMoney_Warns()
    {
        var wb = Filled().Fill("M-14", "1", spent: "5");

        var result = Validate(wb);

        Assert.Equal(FindingSeverity.Warning, Only(result, ReportRules.CellNotApplicable).Severity);
    }

    [Fact]
    public void Validate_CodeTypedInCyrillic_IsRecognised()
    {
        var wb = Filled();
        wb.Set(ReportSheet, wb.RowOf("M-14"), 1, "М-14 ");

        var result = Validate(wb);

        Assert.True(result.Accepted);
        Assert.Contains(result.Values, v => v.Code == "M-14");
    }

    [Fact]
    public void Validate_RowsInsertedAboveTheTable_StillReadsEveryRow()
    {
        var wb = Filled().InsertRowsAtTop(3);

        var result = Validate(wb);

        Assert.True(result.Accepted, string.Join("; ", result.Findings.Select(f => f.English)));
    }

    [Fact]
    public void Validate_ValuesWithoutCode_Warns()
    {
        var wb = Filled().Set(ReportSheet, 60, 5, "12");

        var result = Validate(wb);

        Assert.Equal("A60", Only(result, ReportRules.RowWithoutCode).Cell);
    }

    [Fact]
    public void Validate_ManyProblems_ReportsAllAtOnceInSheetOrder()
    {
        var wb = Filled().Fill("M-17", "x", "95.7").Fill("M-14", null).Fill("RI-1.1", "101").RemoveRow("M-70");

        var result = Validate(wb);

        var cells = result.Findings.Where(f => f.Cell is not null).Select(f => (f.Row, f.Column)).ToArray();
        Assert.Equal(cells.Order(), cells);
        Assert.Equal(4, result.Errors);
        Assert.Equal("M-70", result.Findings[^1].RowCode);
    }
}
