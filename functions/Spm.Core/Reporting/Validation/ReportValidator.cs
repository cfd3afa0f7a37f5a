using System.Globalization;
using Spm.Core.Catalog;
using Spm.Core.Screening;
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
    /// <summary>
    /// Whether the file may be kept, copied and quoted: false when it names classified content or when the screen
    /// could not read all of it. A file that is not storable leaves only the incident's metadata behind.
    /// </summary>
    public bool Storable { get; init; } = true;

    /// <summary>Whether validation read the report sheet to its end with the screen attached (see <see cref="ReportValidator.Validate"/>).</summary>
    public bool ReportSheetScreened { get; init; }

    public bool Accepted => Storable && !ContainsClassified && Findings.All(f => f.Severity != FindingSeverity.Error);

    public int Errors => Findings.Count(f => f.Severity == FindingSeverity.Error);

    public int Warnings => Findings.Count(f => f.Severity == FindingSeverity.Warning);
}

/// <summary>When a period accepts reports, in days relative to its end; reports after the due date are late, not refused.</summary>
public sealed record ReportingWindow
{
    public const string SectionName = "Reporting";

    /// <summary>Reports open this many days before the period ends (default: the period's last month).</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 366)]
    public int OpensDaysBeforeEnd { get; init; } = 30;
}

/// <summary>
/// Validates a filled report workbook against the catalog, the template's identity sheet, the uploading agency
/// and the period. Reads streaming through <see cref="IWorkbook"/>; never throws for bad content.
/// </summary>
public sealed class ReportValidator(LoadedCatalog catalog, TimeProvider time, ReportingWindow? window = null)
{
    private readonly ReportingWindow window = window ?? new ReportingWindow();

    private readonly ClassifiedTextMatcher classifiedCodes = new(catalog.Catalog.Measures.Where(m => m.Classified).Select(m => m.Number));

    private readonly HashSet<string> lowerIsBetter = catalog.Catalog.Indicators
        .Where(i => i.Direction == IndicatorDirection.Lower)
        .Select(i => i.Code)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Validates the workbook uploaded into <paramref name="uploaderAgency"/>'s folder. It does not screen for
    /// classified content itself: given a <paramref name="screen"/>, it hands it the report sheet as it reads it, so
    /// that the sheet is read once for both (<see cref="ReportCheck"/> puts the two together).
    /// </summary>
    public ValidationResult Validate(IWorkbook workbook, string uploaderAgency, CancellationToken cancellationToken, IScreeningSink? screen = null)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(uploaderAgency);
        var findings = new List<Finding>();
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

        var values = ReadReport(workbook, obligations, findings, screen, out var screened, cancellationToken);
        return Done(agency, period.Code, findings, values) with { ReportSheetScreened = screened };
    }

    private static ValidationResult Done(string? agency, string? period, List<Finding> findings, IReadOnlyList<ReportedValue> values) =>
        new(agency, period, Ordered(findings), values, ContainsClassified: false);

    // File-level findings first, then by sheet, row and column: the order a person reads the file in; each once.
    // A report of many rows may carry a finding on most of them: the keys are computed once per finding (one parse of
    // its cell), and equal findings, which share their keys, are looked for among the findings with the same keys only.
    internal static List<Finding> Ordered(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var list = findings as IReadOnlyList<Finding> ?? [.. findings];

        // The validator adds its findings in reading order, so mostly they are in order already: then nothing is sorted.
        if (InOrderAndDistinct(list))
        {
            return [.. list];
        }

        var keyed = new List<OrderKey>(list.Count);
        foreach (var finding in list)
        {
            keyed.Add(OrderKey.Of(finding, keyed.Count));
        }

        // Stable by the original position, so of equal findings the first is kept, as Distinct would.
        keyed.Sort();
        var ordered = new List<Finding>(keyed.Count);
        HashSet<Finding>? seen = null;
        for (var start = 0; start < keyed.Count;)
        {
            var end = start + 1;
            while (end < keyed.Count && keyed[end].SamePlace(keyed[start]))
            {
                end++;
            }

            if (end - start == 1)
            {
                ordered.Add(keyed[start].Finding);
            }
            else
            {
                // Several findings in one place (a cell, or the file): keep each distinct one once.
                seen ??= [];
                seen.Clear();
                for (var k = start; k < end; k++)
                {
                    if (seen.Add(keyed[k].Finding))
                    {
                        ordered.Add(keyed[k].Finding);
                    }
                }
            }

            start = end;
        }

        return ordered;
    }

    // Whether every finding comes after the one before it (or in the same place), and no two in one place are equal.
    private static bool InOrderAndDistinct(IReadOnlyList<Finding> findings)
    {
        const int LongestPlaceChecked = 16;
        var placeStart = 0;
        var previous = default(OrderKey);
        for (var i = 0; i < findings.Count; i++)
        {
            var key = OrderKey.Of(findings[i], i);
            if (i > 0 && key.SamePlace(previous))
            {
                if (i - placeStart >= LongestPlaceChecked)
                {
                    return false;
                }

                for (var k = placeStart; k < i; k++)
                {
                    if (findings[k].Equals(findings[i]))
                    {
                        return false;
                    }
                }
            }
            else if (i > 0 && key.CompareTo(previous) < 0)
            {
                return false;
            }
            else
            {
                placeStart = i;
            }

            previous = key;
        }

        return true;
    }

    private readonly record struct OrderKey(int Level, int Sheet, int Row, int Column, int Index, Finding Finding) : IComparable<OrderKey>
    {
        public static OrderKey Of(Finding finding, int index)
        {
            int column = 0, row = 0;
            if (finding.Cell is { } cell && !CellReference.TryParse(cell, out column, out row))
            {
                column = 0;
                row = 0;
            }

            return new OrderKey(
                finding.Cell is null && finding.RowCode is null ? 0 : 1,
                finding.Sheet == ReportSheet ? 0 : 1,
                row == 0 ? int.MaxValue : row,
                column,
                index,
                finding);
        }

        public bool SamePlace(OrderKey other) => Level == other.Level && Sheet == other.Sheet && Row == other.Row && Column == other.Column;

        public int CompareTo(OrderKey other)
        {
            var c = Level.CompareTo(other.Level);
            c = c != 0 ? c : Sheet.CompareTo(other.Sheet);
            c = c != 0 ? c : Row.CompareTo(other.Row);
            c = c != 0 ? c : Column.CompareTo(other.Column);
            return c != 0 ? c : Index.CompareTo(other.Index);
        }
    }

    private DateOnly LocalToday(string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
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

    private List<ReportedValue> ReadReport(
        IWorkbook workbook, ObligationsResult obligations, List<Finding> findings, IScreeningSink? screen, out bool screened, CancellationToken cancellationToken)
    {
        screened = false;
        var program = catalog.Catalog;
        var owed = obligations.Rows.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var known = program.Indicators.Select(i => i.Code).Concat(program.Measures.Select(m => ReportObligations.MeasureCode(m.Number))).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);

        // A row refused for its code says the same for every row with that code but the cell, which no message names:
        // the finding is built once per code and moved to each further cell (a long file may repeat a code throughout).
        var notOwed = new Dictionary<string, Finding>(StringComparer.Ordinal);
        var duplicate = new Dictionary<string, Finding>(StringComparer.Ordinal);
        var values = new List<ReportedValue>();
        var agency = obligations.Agency!.Code;
        var period = obligations.Period!.Code;

        if (!workbook.Sheets.Any(s => s.Name == ReportSheet))
        {
            findings.Add(ReportRules.ReportSheetMissingFinding(ReportSheet));
            return values;
        }

        // The table starts after its heading row, found by its labels: rows above it are never report rows, wherever
        // the agency inserted lines. Until the heading is found, nothing is a report row.
        var heading = HeadingState.Searching;
        using var rows = workbook.ReadRows(ReportSheet, screen);
        while (rows.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = rows.Current;
            if (heading != HeadingState.Found)
            {
                if (heading == HeadingState.Searching && ReportHeading.Find(row) is { } found)
                {
                    heading = found.Shift == 0 ? HeadingState.Found : HeadingState.Shifted;
                    if (found.Shift != 0)
                    {
                        findings.Add(ReportRules.TableShiftedFinding(ReportSheet, found.Cell, found.Shift));
                    }
                }

                continue;
            }

            if (!HasValue(row))
            {
                continue;
            }

            var a = CellText.Normalize(row.Find(1)?.Text);
            var codeCell = Cell(CodeColumn, row.Index);
            if (a.Length == 0)
            {
                findings.Add(ReportRules.RowWithoutCodeFinding(ReportSheet, codeCell));
                continue;
            }

            var code = CodeText.Canonicalize(a);
            if (ClassifiedRowCode(a))
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
                findings.Add(notOwed.TryGetValue(code, out var made)
                    ? made with { Cell = codeCell }
                    : notOwed[code] = ReportRules.RowNotOwedFinding(ReportSheet, codeCell, code, agency, period));
                continue;
            }

            if (seen.TryGetValue(code, out var first))
            {
                findings.Add(duplicate.TryGetValue(code, out var made)
                    ? made with { Cell = codeCell }
                    : duplicate[code] = ReportRules.RowDuplicateFinding(ReportSheet, codeCell, code, first));
                continue;
            }

            seen[code] = row.Index;
            values.Add(CheckRow(row, expected, findings));
        }

        if (rows.Problem is { } problem)
        {
            // After a structural error the rest of the sheet is unknown: no list of "missing" rows follows.
            findings.Add(Finding.FromProblem(problem));
            screen?.Problem(problem);
            return values;
        }

        screened = screen is not null;
        if (heading == HeadingState.Searching)
        {
            findings.Add(ReportRules.HeadingMissingFinding(ReportSheet));
            return values;
        }

        if (heading == HeadingState.Shifted)
        {
            return values;
        }

        foreach (var missing in obligations.Rows.Where(r => !seen.ContainsKey(r.Code)))
        {
            findings.Add(ReportRules.RowMissingFinding(ReportSheet, missing.Code));
        }

        return values;
    }

    /// <summary>Whether a row's code, read the way the classified screen reads text, is a classified measure.</summary>
    private bool ClassifiedRowCode(string code) => classifiedCodes.Match(code) is { Kind: ScreenMatchKind.MeasureCode };

    private enum HeadingState
    {
        Searching,
        Found,
        Shifted,
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

        // This runs for every row of every report: cell references and messages are built only for findings.
        var code = expected.Code;
        var percent = expected.Unit.Trim() == "%";
        var factText = CellText.Normalize(row.Find(FactColumnNumber)?.Text);
        var fact = ReadNumber(row, FactColumn, FactColumnNumber, factText, expected, percent, "Факт", "Факт", findings);
        decimal? spent = null;
        var spentText = CellText.Normalize(row.Find(SpentColumnNumber)?.Text);
        // The amount spent is required where the plan has a number for the year; on a money row without one
        // («көзделген қаражат шегінде», within allocated funds) it may be given or left empty.
        if (expected.HasMoney && (expected.PlanForYear is not null || spentText.Length > 0))
        {
            spent = ReadNumber(row, SpentColumn, SpentColumnNumber, spentText, expected, percent: false, "Жұмсалды, млн теңге", "Израсходовано, млн тенге", findings);
            if (spent is { } s && expected.PlanForYear is { } plan && s > plan)
            {
                findings.Add(ReportRules.SpentAbovePlanFinding(ReportSheet, Cell(SpentColumn, row.Index), code, s, plan));
            }
        }
        else if (!expected.HasMoney && spentText.Length > 0)
        {
            findings.Add(ReportRules.NotApplicable(ReportSheet, Cell(SpentColumn, row.Index), code));
        }

        var statusText = CellText.Normalize(row.Find(StatusColumnNumber)?.Text);
        ExecutionStatus? status = null;
        if (statusText.Length == 0 && row.Find(StatusColumnNumber) is { Kind: CellKind.Blank, HasFormula: true })
        {
            findings.Add(ReportRules.FormulaNoValueFinding(ReportSheet, Cell(StatusColumn, row.Index), code));
        }
        else if (statusText.Length == 0)
        {
            findings.Add(ReportRules.Required(ReportSheet, Cell(StatusColumn, row.Index), code, "Орындалу мәртебесі", "Статус исполнения"));
        }
        else
        {
            status = ParseNormalStatus(statusText);
            if (status is null)
            {
                findings.Add(ReportRules.StatusInvalidFinding(ReportSheet, Cell(StatusColumn, row.Index), code));
            }
        }

        var comment = CellText.Normalize(row.Find(CommentColumnNumber)?.Text);
        var below = fact is { } f && expected.PlanForYear is { } p && (lowerIsBetter.Contains(code) ? f > p : f < p);
        if (comment.Length == 0 && (status == ExecutionStatus.NotExecuted || below))
        {
            findings.Add(ReportRules.CommentRequiredFinding(ReportSheet, Cell(CommentColumn, row.Index), code, status == ExecutionStatus.NotExecuted));
        }

        return new ReportedValue(code, row.Index, fact, spent, status, comment)
        {
            FactText = factText,
            SpentText = spentText,
            StatusText = statusText,
        };
    }

    private static decimal? ReadNumber(WorkbookRow row, string column, int columnNumber, string text, ReportRow expected, bool percent, string whatKk, string whatRu, List<Finding> findings)
    {
        if (row.Find(columnNumber) is { Kind: CellKind.Blank, HasFormula: true })
        {
            findings.Add(ReportRules.FormulaNoValueFinding(ReportSheet, Cell(column, row.Index), expected.Code));
            return null;
        }

        if (text.Length == 0 || row.Find(columnNumber) is not { } c)
        {
            findings.Add(ReportRules.Required(ReportSheet, Cell(column, row.Index), expected.Code, whatKk, whatRu));
            return null;
        }

        // Text is parsed from its normalised form, which the caller already has (saves a second copy).
        var parsed = c.IsText ? CellNumber.TryParse(text, out var value) : c.TryGetNumber(out value);
        if (!parsed)
        {
            findings.Add(ReportRules.NotNumber(ReportSheet, Cell(column, row.Index), expected.Code));
            return null;
        }

        if (percent && c.Kind == CellKind.Number && c.Format == CellFormat.Percent)
        {
            // A cell formatted as a percentage stores 12,5 % as 0.125.
            value *= 100;
        }

        if (value < 0)
        {
            findings.Add(ReportRules.Negative(ReportSheet, Cell(column, row.Index), expected.Code));
            return null;
        }

        if (percent && value > 100)
        {
            findings.Add(ReportRules.OutOfRange(ReportSheet, Cell(column, row.Index), expected.Code));
            return null;
        }

        return value;
    }

    // Every accepted spelling of a status: the bilingual list value and each language's half, in any case.
    // Most cells hold the list value exactly, so an ordinal lookup comes first; ignoring case is slower on Cyrillic.
    private static readonly Dictionary<string, ExecutionStatus> StatusSpellings = BuildStatusSpellings(StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, ExecutionStatus> ExactStatusSpellings = BuildStatusSpellings(StringComparer.Ordinal);

    private static Dictionary<string, ExecutionStatus> BuildStatusSpellings(StringComparer comparer)
    {
        var spellings = new Dictionary<string, ExecutionStatus>(comparer);
        foreach (var (value, status) in new[] { (Executed, ExecutionStatus.Executed), (InProgress, ExecutionStatus.InProgress), (NotExecuted, ExecutionStatus.NotExecuted) })
        {
            spellings[value] = status;
            foreach (var half in value.Split(" / "))
            {
                spellings[half] = status;
            }
        }

        return spellings;
    }

    /// <summary>Accepts the bilingual list value, or either language's part alone, in any case.</summary>
    internal static ExecutionStatus? ParseStatus(string text) => ParseNormalStatus(CellText.Normalize(text));

    private static ExecutionStatus? ParseNormalStatus(string normal) =>
        ExactStatusSpellings.TryGetValue(normal, out var status) || StatusSpellings.TryGetValue(normal, out status) ? status : null;

    // Whether any cell of the table (A–H) holds something visible; does not allocate.
    private static bool HasValue(WorkbookRow row)
    {
        foreach (var c in row.Cells)
        {
            if (c.Column <= 8 && c.Text.AsSpan().ContainsAnyExcept(Invisible))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> Invisible = System.Buffers.SearchValues.Create(" \t\r\n\u00A0\u200B\u200C\u200D\u2060\uFEFF\u202F");

    private static string Cell(string column, int row) => string.Create(CultureInfo.InvariantCulture, $"{column}{row}");

    private static int ColumnNumber(string column) => CellReference.TryParseColumn(column, out var n) ? n : 0;

    private static readonly int FactColumnNumber = ColumnNumber(FactColumn);
    private static readonly int SpentColumnNumber = ColumnNumber(SpentColumn);
    private static readonly int StatusColumnNumber = ColumnNumber(StatusColumn);
    private static readonly int CommentColumnNumber = ColumnNumber(CommentColumn);

}
