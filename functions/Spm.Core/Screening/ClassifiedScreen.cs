using Spm.Core.Catalog;
using Spm.Core.Reporting.Validation;
using Spm.Core.Workbooks;

namespace Spm.Core.Screening;

/// <summary>
/// The classified-content screen of one program: recognises the «Құпия» mark and the codes of its classified measures
/// in everything a workbook can show. <see cref="Begin"/> starts a session that parts of a workbook are fed into.
/// </summary>
public sealed class ClassifiedScreen(LoadedCatalog catalog)
{
    private readonly ClassifiedTextMatcher _matcher = new(catalog.Catalog.Measures.Where(m => m.Classified).Select(m => m.Number));

    public ClassifiedTextMatcher Matcher => _matcher;

    public ScreeningSession Begin() => new(_matcher);
}

/// <summary>One file's screening: takes texts, rows and problems, and gives the verdict.</summary>
public sealed class ScreeningSession : IScreeningSink
{
    /// <summary>Locations kept per file; one is enough for the verdict, a few help whoever reads the incident.</summary>
    public const int MaxLocations = 20;

    private readonly ClassifiedTextMatcher _matcher;
    private readonly List<Finding> _classified = [];
    private readonly HashSet<Finding> _sharedStringFindings = [];
    private readonly List<Finding> _unreadable = [];
    private readonly HashSet<(string Rule, string? Sheet, string? Cell, string? Part)> _seen = [];

    internal ScreeningSession(ClassifiedTextMatcher matcher) => _matcher = matcher;

    public bool ContainsClassified => _classified.Count > 0;

    /// <summary>
    /// The verdict so far: located findings (sheet and cell) before those known only by their part; a finding in the
    /// shared string table is dropped once the cells that show the string are located.
    /// </summary>
    public ScreeningResult Result()
    {
        var located = _classified.Any(f => f.Cell is not null);
        return new([.. _classified.Where(f => !located || !_sharedStringFindings.Contains(f)).OrderBy(f => f.Cell is null ? 1 : 0)], [.. _unreadable]);
    }

    public void Text(in WorkbookText text)
    {
        switch (text.Kind)
        {
            case WorkbookTextKind.Formula:
                Formula(text.Text, text.Sheet, text.Cell, text.Part, hasCachedValue: true);
                break;
            case WorkbookTextKind.HeaderFooter:
                foreach (var reading in HeaderFooterText.Render(text.Text, text.Sheet))
                {
                    Check(reading, text.Sheet, text.Cell, text.Part);
                }

                break;
            case WorkbookTextKind.References when IsReferenceList(text.Text):
                break;
            default:
                var before = _classified.Count;
                Check(text.Text, text.Sheet, text.Cell, text.Part);
                if (text.Origin == WorkbookTextOrigin.SharedString && _classified.Count > before)
                {
                    _sharedStringFindings.Add(_classified[^1]);
                }

                break;
        }
    }

    public void Row(string sheet, WorkbookRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        foreach (var cell in row.Cells)
        {
            switch (cell.Kind)
            {
                case CellKind.InlineString or CellKind.FormulaString:
                    Check(cell.Text, sheet, cell, cell.NumberFormat is { } textFormat ? NumberFormatText.RenderText(textFormat, cell.Text) : null);
                    break;
                case CellKind.SharedString:
                    // The string itself is screened with the shared string table; once that found classified text,
                    // the cells that show it are located too. The format may add text around it.
                    if (_classified.Count > 0)
                    {
                        Check(cell.Text, sheet, cell.Reference, null);
                    }

                    if (cell.NumberFormat is { } sharedFormat)
                    {
                        Check(NumberFormatText.RenderText(sharedFormat, cell.Text), sheet, cell, null);
                    }

                    break;
                case CellKind.Number when cell.NumberFormat is { } format && CellNumber.TryParseStoredDouble(cell.Text, out var number):
                    // The session is not told the workbook's date system: a date is screened as both would show it.
                    Check(NumberFormatText.Render(format, number, false), sheet, cell, NumberFormatText.Render(format, number, true));
                    break;
                case CellKind.IsoDate:
                    // An ISO 8601 date cell (t="d") is shown through its number format like any date.
                    Check(cell.Text, sheet, cell, cell.NumberFormat is { } dateFormat && ExcelDate.TryParseIsoSerial(cell.Text, out var serial)
                        ? NumberFormatText.Render(dateFormat, serial, false)
                        : null);
                    break;
                case CellKind.Error or CellKind.Boolean:
                    Check(cell.Text, sheet, cell, null);
                    break;
            }

            if (cell.Formula is { Length: > 0 } formula)
            {
                Formula(formula, sheet, cell.Reference, null, hasCachedValue: cell.Kind != CellKind.Blank);
            }

            if (cell.HasFormula && cell.Kind == CellKind.Blank && cell.NumberFormat is not null)
            {
                // =20+1 under "M-"0 shows M-21 once calculated; with no cached value there is nothing to render.
                Problem(WorkbookProblem.FormulaBuildsText(sheet, cell.Reference) with { Detail = "A formula with no cached value is shown under a number format with text of its own." });
            }
        }
    }

    public void Problem(WorkbookProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (_seen.Add((problem.RuleId, problem.Sheet, problem.Cell, problem.Part)))
        {
            _unreadable.Add(Finding.FromProblem(problem));
        }
    }

    private void Check(string text, string sheet, WorkbookCell cell, string? rendered)
    {
        // Every text cell of every sheet comes through here: its reference is built only for a match.
        if (Matches(text))
        {
            Located(sheet, cell.Reference, null);
        }

        if (rendered is not null && !ReferenceEquals(rendered, text) && Matches(rendered))
        {
            Located(sheet, cell.Reference, null);
        }
    }

    private void Check(string text, string? sheet, string? cell, string? part)
    {
        if (Matches(text))
        {
            Located(sheet, cell, part);
        }
    }

    private bool Matches(string text) => text.Length > 0 && _matcher.Match(text).IsMatch;

    private void Located(string? sheet, string? cell, string? part)
    {
        if (_classified.Count < MaxLocations && _seen.Add((ScreenRules.ClassifiedContent, sheet, cell, cell is null ? part : null)))
        {
            _classified.Add(ScreenRules.Classified(sheet, cell, cell is null && sheet is null ? part : null));
        }
    }

    private void Formula(string formula, string? sheet, string? cell, string? part, bool hasCachedValue)
    {
        var parsed = FormulaText.Parse(formula);
        foreach (var literal in parsed.Literals)
        {
            Check(literal, sheet, cell, part);
        }

        Check(parsed.Joined, sheet, cell, part);
        if (parsed.BuildsText)
        {
            // The cached value (screened as the cell's text) may not be what a recalculation shows.
            Problem(WorkbookProblem.FormulaBuildsText(sheet, cell) with { Part = part, Detail = hasCachedValue ? "A formula builds text from more than constants." : "A formula with no cached value builds text from more than constants." });
        }
    }

    /// <summary>Whether the text is only A1 references and ranges (<c>A1</c>, <c>$M$20:M21</c>, <c>A1 B2:C3</c>).</summary>
    private static bool IsReferenceList(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        foreach (var item in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var end in item.Split(':'))
            {
                if (!CellReference.TryParse(end, out _, out _) && !IsWholeRowOrColumn(end))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsWholeRowOrColumn(string text)
    {
        var trimmed = text.TrimStart('$');
        return trimmed.Length > 0 && (trimmed.All(char.IsAsciiDigit) || (trimmed.All(char.IsAsciiLetter) && trimmed.Length <= 3));
    }
}
