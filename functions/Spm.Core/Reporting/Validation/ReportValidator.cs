using System.Globalization;
using System.Text.RegularExpressions;
using Spm.Core.Catalog;
using Spm.Core.Workbooks;
using static Spm.Core.Reporting.ReportTemplateLayout;

namespace Spm.Core.Reporting.Validation;

/// <summary>One reported row as read from the workbook: parsed values, and the cells' text as typed (for feedback).</summary>
public sealed record ReportedValue(
    string Code,
    int Row,
    decimal? Fact,
    decimal? Spent,
    ExecutionStatus? Status,
    string Comment)
{
    public string FactText { get; init; } = "";

    public string SpentText { get; init; } = "";

    public string StatusText { get; init; } = "";
}

/// <summary>The execution status an agency picks for a row.</summary>
public enum ExecutionStatus
{
    Executed,
    InProgress,
    NotExecuted,
}

/// <summary>The outcome of validating one workbook: accepted or rejected as a whole, with every finding in sheet order.</summary>
public sealed record ValidationResult(
    string? Agency,
    string? Period,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ReportedValue> Values,
    bool ContainsClassified)
{
    public bool Accepted => !ContainsClassified && Findings.All(f => f.Severity != FindingSeverity.Error);

    public int Errors => Findings.Count(f => f.Severity == FindingSeverity.Error);

    public int Warnings => Findings.Count(f => f.Severity == FindingSeverity.Warning);
}

/// <summary>When a period accepts reports, in days relative to its end; reports after the due date are late, not refused.</summary>
public sealed record ReportingWindow
{
    /// <summary>Reports open this many days before the period ends (default: the period's last month).</summary>
    public int OpensDaysBeforeEnd { get; init; } = 30;
}

/// <summary>
/// Validates a filled report workbook against the catalog, the template's identity sheet, the uploading agency
/// and the period. Reads streaming through <see cref="IWorkbook"/>; never throws for bad content.
/// </summary>
public sealed partial class ReportValidator(LoadedCatalog catalog, TimeProvider time, ReportingWindow? window = null)
{
    private readonly ReportingWindow window = window ?? new ReportingWindow();

    /// <summary>Validates the workbook uploaded into <paramref name="uploaderAgency"/>'s folder.</summary>
    public ValidationResult Validate(IWorkbook workbook, string uploaderAgency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(uploaderAgency);
        var findings = new List<Finding>();

        // Screen first: a workbook that names a classified measure anywhere is refused whatever else it holds.
        if (Screen(workbook, findings, cancellationToken))
        {
            return new ValidationResult(uploaderAgency, null, findings, [], ContainsClassified: true);
        }

        var identity = ReadIdentity(workbook, findings);
        if (identity is null)
        {
            return Done(uploaderAgency, null, findings, []);
        }

        var program = catalog.Catalog;
        var format = identity.GetValueOrDefault(TemplateFormatKey, "");
        if (format != FormatVersion.ToString(CultureInfo.InvariantCulture))
        {
            findings.Add(ReportRules.FormatUnknownFinding(format));
            return Done(uploaderAgency, null, findings, []);
        }

        var programCode = identity.GetValueOrDefault(CatalogCodeKey, "");
        if (programCode != program.Program.Code)
        {
            findings.Add(ReportRules.OtherProgramFinding(programCode, program.Program.Code));
            return Done(uploaderAgency, null, findings, []);
        }

        if (identity.GetValueOrDefault(CatalogSha256Key, "") != catalog.Sha256)
        {
            findings.Add(ReportRules.CatalogChangedFinding(identity.GetValueOrDefault(CatalogVersionKey, "?"), program.Version));
        }

        var agency = identity.GetValueOrDefault(AgencyKey, "");
        if (agency != uploaderAgency)
        {
            findings.Add(ReportRules.AgencyMismatchFinding(agency, uploaderAgency));
            return Done(uploaderAgency, null, findings, []);
        }

        var periodCode = identity.GetValueOrDefault(PeriodKey, "");
        var obligations = ReportObligations.For(program, agency, periodCode);
        if (!obligations.Succeeded)
        {
            findings.Add(obligations.Error == ObligationsError.UnknownAgency
                ? ReportRules.AgencyUnknownFinding(agency)
                : ReportRules.PeriodUnknownFinding(periodCode));
            return Done(agency, periodCode, findings, []);
        }

        var period = obligations.Period!;
        var today = LocalToday(program.Program.TimeZone);
        var opens = period.Ends.AddDays(-window.OpensDaysBeforeEnd);
        if (today < opens)
        {
            findings.Add(ReportRules.PeriodNotOpenFinding(period.Code, opens));
        }
        else if (today > period.Due)
        {
            findings.Add(ReportRules.PeriodLateFinding(period.Code, period.Due));
        }

        var values = ReadReport(workbook, obligations, findings, cancellationToken);
        return Done(agency, period.Code, findings, values);
    }

    private static ValidationResult Done(string? agency, string? period, List<Finding> findings, IReadOnlyList<ReportedValue> values) =>
        new(agency, period, Ordered(findings), values, ContainsClassified: false);

    // File-level findings first, then by sheet, row and column: the order a person reads the file in.
    private static List<Finding> Ordered(List<Finding> findings) =>
        [.. findings
            .Select((f, i) => (f, i))
            .OrderBy(x => x.f.Cell is null && x.f.RowCode is null ? 0 : 1)
            .ThenBy(x => x.f.Sheet == ReportSheet ? 0 : 1)
            .ThenBy(x => x.f.Row == 0 ? int.MaxValue : x.f.Row)
            .ThenBy(x => x.f.Column)
            .ThenBy(x => x.i)
            .Select(x => x.f)];

    private DateOnly LocalToday(string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }

    private bool Screen(IWorkbook workbook, List<Finding> findings, CancellationToken cancellationToken)
    {
        var classified = catalog.Catalog.Measures.Where(m => m.Classified).Select(m => m.Number).ToHashSet();
        var found = false;
        using var texts = workbook.ReadAllText();
        while (texts.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var t = texts.Current;
            if (NamesClassified(t.Text, classified))
            {
                found = true;
                findings.Add(ReportRules.Classified(t.Sheet, t.Cell));
            }
        }

        if (texts.Problem is { } problem)
        {
            findings.Add(Finding.FromProblem(problem));
        }

        return found;
    }

    /// <summary>Whether the text is the «Құпия» mark or names a classified measure by its row code, typed in any alphabet.</summary>
    internal static bool NamesClassified(string text, IReadOnlySet<int> classified)
    {
        // Header and footer texts carry formatting codes glued to the words («&Cм-32»): read them as spaces.
        var normal = CellText.Normalize(HeaderFooterCode().Replace(text, " "));
        if (normal.Contains("құпия", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A dash is required inside longer text ("M-20", "М–20"), so that "20 м" or "ТМ20" are not taken for codes;
        // a cell holding only "M20" is a code too.
        // Canonicalise word by word so that word boundaries survive ("see м–21" is a code, "ТМ20" is not).
        var canonical = SpacedDash().Replace(string.Join(' ', normal.Split(' ').Select(CodeText.Canonicalize)), "-");
        var bare = BareMeasureCode().Match(canonical);
        if (bare.Success && int.TryParse(bare.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var only) && classified.Contains(only))
        {
            return true;
        }

        foreach (Match m in MeasureCodeInText().Matches(canonical))
        {
            if (int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && classified.Contains(n))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, string>? ReadIdentity(IWorkbook workbook, List<Finding> findings)
    {
        if (!workbook.Sheets.Any(s => s.Name == IdentitySheet))
        {
            findings.Add(ReportRules.IdentityMissingFinding());
            return null;
        }

        var identity = new Dictionary<string, string>(StringComparer.Ordinal);
        using var rows = workbook.ReadRows(IdentitySheet);
        while (rows.Read())
        {
            var key = rows.Current.Find(1)?.Text;
            var value = rows.Current.Find(2)?.Text;
            if (key is not null && value is not null)
            {
                identity[CellText.Normalize(key)] = CellText.Normalize(value);
            }
        }

        if (rows.Problem is { } problem)
        {
            findings.Add(Finding.FromProblem(problem));
            return null;
        }

        return identity;
    }

    private List<ReportedValue> ReadReport(IWorkbook workbook, ObligationsResult obligations, List<Finding> findings, CancellationToken cancellationToken)
    {
        var program = catalog.Catalog;
        var owed = obligations.Rows.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var classified = program.Measures.Where(m => m.Classified).Select(m => ReportObligations.MeasureCode(m.Number)).ToHashSet(StringComparer.Ordinal);
        var known = program.Indicators.Select(i => i.Code).Concat(program.Measures.Select(m => ReportObligations.MeasureCode(m.Number))).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<ReportedValue>();
        var agency = obligations.Agency!.Code;
        var period = obligations.Period!.Code;

        if (!workbook.Sheets.Any(s => s.Name == ReportSheet))
        {
            findings.Add(ReportRules.ReportSheetMissingFinding(ReportSheet));
            return values;
        }

        var headingRow = HeadingRow;
        var headingFound = false;
        using var rows = workbook.ReadRows(ReportSheet);
        while (rows.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = rows.Current;
            var a = CellText.Normalize(row.Find(1)?.Text);
            if (!headingFound && a.StartsWith("Код", StringComparison.Ordinal))
            {
                // The agency may have inserted rows above the table; the heading row says where it starts.
                headingRow = row.Index;
                headingFound = true;
                continue;
            }

            if (row.Index <= headingRow || !row.Cells.Any(c => c.Column <= 8 && CellText.Normalize(c.Text).Length > 0))
            {
                continue;
            }

            var codeCell = Cell(CodeColumn, row.Index);
            if (a.Length == 0)
            {
                findings.Add(ReportRules.RowWithoutCodeFinding(ReportSheet, codeCell));
                continue;
            }

            var code = CodeText.Canonicalize(a);
            if (classified.Contains(code))
            {
                findings.Add(ReportRules.RowClassifiedFinding(ReportSheet, codeCell));
                continue;
            }

            if (!known.Contains(code))
            {
                findings.Add(ReportRules.RowUnknown(ReportSheet, codeCell));
                continue;
            }

            if (!owed.TryGetValue(code, out var expected))
            {
                findings.Add(ReportRules.RowNotOwedFinding(ReportSheet, codeCell, code, agency, period));
                continue;
            }

            if (seen.TryGetValue(code, out var first))
            {
                findings.Add(ReportRules.RowDuplicateFinding(ReportSheet, codeCell, code, first));
                continue;
            }

            seen[code] = row.Index;
            values.Add(CheckRow(row, expected, findings));
        }

        if (rows.Problem is { } problem)
        {
            findings.Add(Finding.FromProblem(problem));
        }

        foreach (var missing in obligations.Rows.Where(r => !seen.ContainsKey(r.Code)))
        {
            findings.Add(ReportRules.RowMissingFinding(ReportSheet, missing.Code));
        }

        return values;
    }

    /// <summary>
    /// Applies the cell rules of one report row (fact, spent, status, comment) and returns what was read; findings
    /// are added to <paramref name="findings"/>. Used for every row of a report, and by the benchmark on its own.
    /// </summary>
    public ReportedValue CheckRow(WorkbookRow row, ReportRow expected, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(findings);
        var code = expected.Code;
        var fact = ReadNumber(row, FactColumn, expected, required: true, "Факт", "Факт", findings);
        decimal? spent = null;
        var spentCell = row.Find(ColumnNumber(SpentColumn));
        if (expected.HasMoney)
        {
            spent = ReadNumber(row, SpentColumn, expected, required: true, "Жұмсалды, млн теңге", "Израсходовано, млн тенге", findings);
            if (spent is { } s && expected.PlanForYear is { } plan && s > plan)
            {
                findings.Add(ReportRules.SpentAbovePlanFinding(ReportSheet, Cell(SpentColumn, row.Index), code, s, plan));
            }
        }
        else if (spentCell is { } sc && CellText.Normalize(sc.Text).Length > 0)
        {
            findings.Add(ReportRules.NotApplicable(ReportSheet, Cell(SpentColumn, row.Index), code));
        }

        var statusText = CellText.Normalize(row.Find(ColumnNumber(StatusColumn))?.Text);
        ExecutionStatus? status = null;
        if (statusText.Length == 0)
        {
            findings.Add(ReportRules.Required(ReportSheet, Cell(StatusColumn, row.Index), code, "Орындалу мәртебесі", "Статус исполнения"));
        }
        else
        {
            status = ParseStatus(statusText);
            if (status is null)
            {
                findings.Add(ReportRules.StatusInvalidFinding(ReportSheet, Cell(StatusColumn, row.Index), code));
            }
        }

        var comment = CellText.Normalize(row.Find(ColumnNumber(CommentColumn))?.Text);
        var below = fact is { } f && expected.PlanForYear is { } p && IsBelowPlan(expected, f, p);
        if (comment.Length == 0 && (status == ExecutionStatus.NotExecuted || below))
        {
            findings.Add(ReportRules.CommentRequiredFinding(ReportSheet, Cell(CommentColumn, row.Index), code, status == ExecutionStatus.NotExecuted));
        }

        return new ReportedValue(code, row.Index, fact, spent, status, comment)
        {
            FactText = CellText.Normalize(row.Find(ColumnNumber(FactColumn))?.Text),
            SpentText = CellText.Normalize(spentCell?.Text),
            StatusText = statusText,
        };
    }

    private bool IsBelowPlan(ReportRow row, decimal fact, decimal plan)
    {
        var lower = row.Kind == ReportRowKind.Indicator
            && catalog.Catalog.Indicators.FirstOrDefault(i => i.Code == row.Code)?.Direction == IndicatorDirection.Lower;
        return lower ? fact > plan : fact < plan;
    }

    private static decimal? ReadNumber(WorkbookRow row, string column, ReportRow expected, bool required, string whatKk, string whatRu, List<Finding> findings)
    {
        var reference = Cell(column, row.Index);
        var cell = row.Find(ColumnNumber(column));
        if (cell is not { } c || CellText.Normalize(c.Text).Length == 0)
        {
            if (required)
            {
                findings.Add(ReportRules.Required(ReportSheet, reference, expected.Code, whatKk, whatRu));
            }

            return null;
        }

        if (!c.TryGetNumber(out var value))
        {
            findings.Add(ReportRules.NotNumber(ReportSheet, reference, expected.Code));
            return null;
        }

        var percent = IsPercent(expected.Unit);
        if (percent && c.Kind == CellKind.Number && c.Format == CellFormat.Percent)
        {
            // A cell formatted as a percentage stores 12,5 % as 0.125.
            value *= 100;
        }

        if (value < 0)
        {
            findings.Add(ReportRules.Negative(ReportSheet, reference, expected.Code));
            return null;
        }

        if (percent && column == FactColumn && value > 100)
        {
            findings.Add(ReportRules.OutOfRange(ReportSheet, reference, expected.Code));
            return null;
        }

        return value;
    }

    private static bool IsPercent(string unit) => unit.Trim() == "%";

    /// <summary>Accepts the bilingual list value, or either language's part alone, in any case.</summary>
    internal static ExecutionStatus? ParseStatus(string text)
    {
        var t = CellText.Normalize(text).ToLowerInvariant();
        foreach (var (value, status) in new[] { (Executed, ExecutionStatus.Executed), (InProgress, ExecutionStatus.InProgress), (NotExecuted, ExecutionStatus.NotExecuted) })
        {
            var whole = value.ToLowerInvariant();
            var parts = whole.Split(" / ");
            if (t == whole || parts.Contains(t))
            {
                return status;
            }
        }

        return null;
    }

    private static string Cell(string column, int row) => column + row.ToString(CultureInfo.InvariantCulture);

    private static int ColumnNumber(string column) => CellReference.TryParseColumn(column, out var n) ? n : 0;

    [GeneratedRegex(@"(?<![A-Z0-9])M-0*(\d{1,3})(?![0-9.,])")]
    private static partial Regex MeasureCodeInText();

    [GeneratedRegex("&(?:\"[^\"]*\"|\\d+|[A-Za-z&])")]
    private static partial Regex HeaderFooterCode();

    [GeneratedRegex(@" ?- ?")]
    private static partial Regex SpacedDash();

    [GeneratedRegex(@"^M ?0*(\d{1,3})$")]
    private static partial Regex BareMeasureCode();
}
