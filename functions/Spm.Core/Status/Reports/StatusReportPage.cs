using System.Globalization;
using System.Text;
using Spm.Core.Notifications.Email;
using Spm.Core.Status.Dimensions;
using static Spm.Core.Status.Reports.ReportFigures;

namespace Spm.Core.Status.Reports;

/// <summary>Writes one status report page (see <see cref="StatusReport"/>).</summary>
internal sealed class StatusReportPage
{
    private const string IndicatorTable = "indicatorstatus";
    private const string MeasureTable = "measurestatus";
    private const string ComplianceTable = "agencycompliance";
    private const string FinanceTable = "programfinance";

    /// <summary>Findings listed per unit; the rest are counted (a broken workbook can have hundreds).</summary>
    private const int FindingsShown = 40;

    /// <summary>Measure names longer than this are shortened in the report (the decree's run to 900 characters).</summary>
    private const int NameLength = 170;

    private static readonly IndicatorStatus[] Judged =
        [IndicatorStatus.Achieved, IndicatorStatus.PartiallyAchieved, IndicatorStatus.NotAchieved, IndicatorStatus.OnTrack, IndicatorStatus.AtRisk];

    private readonly StatusReportData data;
    private readonly ReportWords words;
    private readonly TimeZoneInfo zone;
    private readonly Dictionary<string, AgencyRow> agencies;
    private readonly Dictionary<string, RegionRow> regions;
    private readonly Dictionary<string, IndicatorRow> indicators;
    private readonly Dictionary<int, MeasureRow> measures;
    private readonly Dictionary<string, int> unitOrder;
    private readonly StringBuilder html = new();

    public StatusReportPage(StatusReportData data, ReportWords words)
    {
        this.data = data;
        this.words = words;
        zone = ReportingDeadlines.Zone(data.Catalog.Program.TimeZone);
        agencies = data.Dimensions.Agencies.ToDictionary(a => a.Code, StringComparer.Ordinal);
        regions = data.Dimensions.Regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        indicators = data.Dimensions.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        measures = data.Dimensions.Measures.ToDictionary(m => m.Number);
        unitOrder = data.Dimensions.Agencies.Select((a, i) => (a.Code, i)).ToDictionary(a => a.Code, a => a.i, StringComparer.Ordinal);
    }

    private bool Russian => words.Lang == "ru";

    private StatusTables Tables => data.Tables;

    public string Render()
    {
        var title = $"{words.Title}: {words.PeriodName(data.Period)}";
        Add("<!DOCTYPE html>\n");
        Add($"<html lang=\"{words.Lang}\"><head><meta charset=\"utf-8\">");
        Add("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Add($"<title>{E(title)}</title><style>{ReportStyle.Css}</style></head><body>");
        Header();
        var empty = Tables.Indicators.Count + Tables.Measures.Count + Tables.Compliance.Count + Tables.Finance.Count == 0;
        if (empty)
        {
            Add($"<p class=\"empty\">{E(words.NoRows)}</p>");
        }
        else
        {
            Summary();
            Indicators();
            Budget();
            Measures();
            Compliance();
            OpenFindings();
        }

        Add($"<footer>{E(words.Footer)} {E(words.AsOfLabel)}: {E(Instant(data.AsOfUtc, zone))} ({E(data.Catalog.Program.TimeZone)}).</footer>");
        Add("</body></html>\n");
        return html.ToString();
    }

    private void Header()
    {
        Add($"<header><h1>{E(words.Title)}</h1>");
        Add($"<div class=\"program\">{E(data.Catalog.Program.TitleKk)}</div>");
        Add("<div class=\"meta\">");
        Add($"<div><span>{E(words.PeriodLabel)}:</span> <strong>{E(words.PeriodName(data.Period))}</strong> ({E(data.Period.Code)})</div>");
        Add($"<div><span>{E(words.DueLabel)}:</span> {E(Date(data.Period.Due))}</div>");
        Add($"<div><span>{E(words.AsOfLabel)}:</span> {E(Instant(data.AsOfUtc, zone))}</div>");
        Add("</div>");
        Add($"<p class=\"note\">{E(words.SourceNote)}</p>");
        if (words.KazakhNamesNote.Length > 0)
        {
            Add($"<p class=\"note\">{E(words.KazakhNamesNote)}</p>");
        }

        Add("</header>");
    }

    private void Summary()
    {
        Add($"<section id=\"summary\"><h2>{E(words.Summary)}</h2><div class=\"cards\">");
        var national = Tables.Indicators.Where(r => r.IsNational).ToList();
        var judged = national.Count(r => Judged.Contains(r.Status));
        var good = national.Count(r => r.Status is IndicatorStatus.Achieved or IndicatorStatus.OnTrack);
        Card(
            Aggregate(IndicatorTable, "count", "IsNational=True;Status=Achieved|OnTrack", good, Count(good))
                + " / " + Aggregate(IndicatorTable, "count", "IsNational=True;Status=" + string.Join('|', Judged), judged, Count(judged)),
            $"{words.AchievedOrOnTrack} / {words.IndicatorsJudged}");
        foreach (var row in Tables.Finance.Where(r => r.IsNational).OrderBy(r => r.Source))
        {
            Card(Cell(FinanceTable, row.Key.RowKey, "ExecutionPercent", row.ExecutionPercent, Percent(row.ExecutionPercent)), $"{words.Execution}: {words.SourceName(row.Source)}");
        }

        var statuses = new[] { ComplianceStatus.OnTime, ComplianceStatus.Late, ComplianceStatus.Missing, ComplianceStatus.RejectedOnly };
        var counts = string.Join(" · ", statuses.Select(s => ComplianceCount(s)));
        Card(counts, string.Join(" · ", statuses.Select(s => words.ComplianceName(s))));
        var open = data.OpenFindings.Sum(f => f.Findings.Count);
        Card(Count(open), words.OpenFindingsCount);
        Add("</div></section>");
    }

    private string ComplianceCount(ComplianceStatus status)
    {
        var count = Tables.Compliance.Count(r => r.Status == status);
        return Aggregate(ComplianceTable, "count", "Status=" + status, count, Count(count));
    }

    private void Card(string figure, string label) =>
        Add($"<div class=\"card\"><div class=\"big\">{figure}</div><div class=\"label\">{E(label)}</div></div>");

    private void Indicators()
    {
        Add($"<section id=\"indicators\"><h2>{E(words.Indicators)}</h2><p class=\"note\">{E(words.IndicatorsNote)}</p>");
        // The tables return rows by key; the report shows them in the catalog's order.
        var rows = Tables.Indicators.Where(r => r.IsNational).OrderBy(r => indicators.GetValueOrDefault(r.IndicatorCode)?.Order ?? int.MaxValue).ToList();
        var chart = rows.Select(r => new SvgCharts.TickedRow(
            new SvgCharts.Bar(r.IndicatorCode, r.Fact, Attributes(IndicatorTable, r.Key.RowKey, "Fact", r.Fact), r.Fact is null ? words.IndicatorStatusName(r.Status) : Value(r.Fact), Tone(r.Status)),
            [
                new SvgCharts.Tick(r.Plan, Attributes(IndicatorTable, r.Key.RowKey, "Plan", r.Plan), "plan"),
                new SvgCharts.Tick(r.Baseline2017, Attributes(IndicatorTable, r.Key.RowKey, "Baseline2017", r.Baseline2017), "baseline"),
            ])).ToList();
        Figure(words.IndicatorsChart, SvgCharts.Ticked(words.IndicatorsChart, chart, [("good", words.Fact), ("plan", words.Plan), ("baseline", words.Baseline)]));
        Table(
            [(words.Code, 7, false), (words.Name, 25, false), (words.UnitOfMeasure, 6, false), (words.Baseline, 8, true), (words.Plan, 8, true), (words.Fact, 8, true),
             (words.Achievement, 9, true), (words.Progress, 9, true), (words.Status, 12, false), (words.UnitsReported, 8, true)],
            rows.Select(r =>
            {
                var k = r.Key.RowKey;
                var indicator = indicators.GetValueOrDefault(r.IndicatorCode);
                return new[]
                {
                    E(r.IndicatorCode),
                    E(indicator?.NameKk ?? ""),
                    E(indicator?.Unit ?? ""),
                    Cell(IndicatorTable, k, "Baseline2017", r.Baseline2017, Value(r.Baseline2017)),
                    Cell(IndicatorTable, k, "Plan", r.Plan, Value(r.Plan)),
                    Cell(IndicatorTable, k, "Fact", r.Fact, Value(r.Fact)),
                    Cell(IndicatorTable, k, "AchievementPercent", r.AchievementPercent, Percent(r.AchievementPercent)),
                    Cell(IndicatorTable, k, "ProgressPercent", r.ProgressPercent, Percent(r.ProgressPercent)),
                    $"<span class=\"status-{Tone(r.Status)}\">{E(words.IndicatorStatusName(r.Status))}</span>",
                    Cell(IndicatorTable, k, "UnitsReported", r.UnitsReported, Count(r.UnitsReported)) + "/" + Cell(IndicatorTable, k, "UnitsExpected", r.UnitsExpected, Count(r.UnitsExpected)),
                };
            }),
            nameColumn: 1);
        Add("</section>");
    }

    private void Budget()
    {
        Add($"<section id=\"budget\"><h2>{E(words.Budget)}</h2>");
        var national = Tables.Finance.Where(r => r.IsNational).OrderBy(r => r.Source).ToList();
        var bars = national.SelectMany(r => new[]
        {
            new SvgCharts.Bar($"{r.SourceKk} · {words.Planned}", r.Planned, Attributes(FinanceTable, r.Key.RowKey, "Planned", r.Planned), Number(r.Planned, 1), "planned"),
            new SvgCharts.Bar($"{r.SourceKk} · {words.Spent}", r.Spent, Attributes(FinanceTable, r.Key.RowKey, "Spent", r.Spent), $"{Number(r.Spent, 1)} ({Percent(r.ExecutionPercent)})", "spent"),
        }).ToList();
        Add($"<h3>{E(words.BudgetBySource)}</h3>");
        Figure("", SvgCharts.Bars(words.BudgetBySource, bars, [("planned", words.Planned), ("spent", words.Spent)]));
        Table(
            [(words.Source, 28, false), (words.Planned, 14, true), (words.StatedPlan, 14, true), (words.Spent, 14, true), (words.Execution, 12, true), (words.ReportRows, 18, true)],
            national.Select(r => new[]
            {
                E(words.SourceName(r.Source)),
                Cell(FinanceTable, r.Key.RowKey, "Planned", r.Planned, Number(r.Planned, 1)),
                Cell(FinanceTable, r.Key.RowKey, "StatedPlan", r.StatedPlan, Number(r.StatedPlan, 1)),
                Cell(FinanceTable, r.Key.RowKey, "Spent", r.Spent, Number(r.Spent, 1)),
                Cell(FinanceTable, r.Key.RowKey, "ExecutionPercent", r.ExecutionPercent, Percent(r.ExecutionPercent)),
                ReceivedOfExpected(r),
            }));
        Add($"<p class=\"note\">{E(words.BudgetNote)}</p>");

        var byRegion = Tables.Finance.Where(r => !r.IsNational).OrderBy(r => r.Source).ThenBy(r => regions.GetValueOrDefault(r.RegionCode)?.Order ?? int.MaxValue).ToList();
        Add($"<h3>{E(words.BudgetByRegion)}</h3>");
        var regionBars = byRegion.Select(r => new SvgCharts.Bar(RegionName(r.RegionCode), r.ExecutionPercent, Attributes(FinanceTable, r.Key.RowKey, "ExecutionPercent", r.ExecutionPercent), Percent(r.ExecutionPercent), r.ExecutionPercent is null ? "none" : "spent")).ToList();
        Figure("", SvgCharts.Bars(words.BudgetByRegion, regionBars, [("spent", words.Execution)], floor: 100, reference: 100));
        Table(
            [(words.Region, 30, false), (words.Planned, 16, true), (words.Spent, 16, true), (words.Execution, 14, true), (words.ReportRows, 16, true)],
            byRegion.Select(r => new[]
            {
                E(RegionName(r.RegionCode)),
                Cell(FinanceTable, r.Key.RowKey, "Planned", r.Planned, Number(r.Planned, 1)),
                Cell(FinanceTable, r.Key.RowKey, "Spent", r.Spent, Number(r.Spent, 1)),
                Cell(FinanceTable, r.Key.RowKey, "ExecutionPercent", r.ExecutionPercent, Percent(r.ExecutionPercent)),
                ReceivedOfExpected(r),
            }));
        Add("</section>");
    }

    private static string ReceivedOfExpected(ProgramFinanceRow r) =>
        Cell(FinanceTable, r.Key.RowKey, "ReportsReceived", r.ReportsReceived, Count(r.ReportsReceived)) + "/" + Cell(FinanceTable, r.Key.RowKey, "ReportsExpected", r.ReportsExpected, Count(r.ReportsExpected));

    private void Measures()
    {
        Add($"<section id=\"measures\"><h2>{E(words.Measures)}</h2><p class=\"note\">{E(words.MeasuresNote)}</p>");
        var national = Tables.Measures.Where(r => r.IsNational).ToList();
        Table(
            [(words.Code, 7, false), (words.Name, 27, false), (words.Source, 5, false), (words.Plan, 9, true), (words.Fact, 8, true), (words.Spent, 9, true),
             (words.Execution, 9, true), (words.UnitsReported, 9, true), (words.Executed, 9, true), (words.Overdue, 8, true)],
            national.Select(r =>
            {
                var k = r.Key.RowKey;
                return new[]
                {
                    E(r.MeasureCode),
                    E(Brief(measures.GetValueOrDefault(r.MeasureNumber)?.NameKk ?? "")),
                    E(r.Source),
                    Cell(MeasureTable, k, "Plan", r.Plan, Value(r.Plan, 1)),
                    Cell(MeasureTable, k, "Fact", r.Fact, Value(r.Fact)),
                    Cell(MeasureTable, k, "Spent", r.Spent, Value(r.Spent)),
                    Cell(MeasureTable, k, "BudgetExecutionPercent", r.BudgetExecutionPercent, Percent(r.BudgetExecutionPercent)),
                    Cell(MeasureTable, k, "UnitsReported", r.UnitsReported, Count(r.UnitsReported)) + "/" + Cell(MeasureTable, k, "UnitsOwing", r.UnitsOwing, Count(r.UnitsOwing)),
                    Cell(MeasureTable, k, "ExecutedCount", r.ExecutedCount, Count(r.ExecutedCount)),
                    Cell(MeasureTable, k, "OverdueCount", r.OverdueCount, Count(r.OverdueCount)),
                };
            }),
            nameColumn: 1);

        Add($"<h3>{E(words.MeasuresByUnit)}</h3>");
        var units = Tables.Measures.Where(r => !r.IsNational).GroupBy(r => r.UnitCode, StringComparer.Ordinal).OrderBy(g => UnitOrder(g.Key)).ToList();
        Table(
            [(words.Unit, 30, false), (words.Owing, 10, true), (words.UnitsReported, 10, true), (words.Executed, 10, true), (words.InProgress, 10, true),
             (words.NotExecuted, 10, true), (words.NotReported, 10, true), (words.Overdue, 10, true)],
            units.Select(g =>
            {
                string Sum(string column, Func<MeasureStatusRow, int> value)
                {
                    var sum = g.Sum(value);
                    return Aggregate(MeasureTable, "sum:" + column, $"IsNational=False;UnitCode={g.Key}", sum, Count(sum));
                }

                return new[]
                {
                    E(UnitName(g.Key)),
                    Sum("UnitsOwing", r => r.UnitsOwing),
                    Sum("UnitsReported", r => r.UnitsReported),
                    Sum("ExecutedCount", r => r.ExecutedCount),
                    Sum("InProgressCount", r => r.InProgressCount),
                    Sum("NotExecutedCount", r => r.NotExecutedCount),
                    Sum("NotReportedCount", r => r.NotReportedCount),
                    Sum("OverdueCount", r => r.OverdueCount),
                };
            }));

        Add($"<h3>{E(words.MoneyByUnit)}</h3>");
        var money = Tables.Measures.Where(r => !r.IsNational && r.IsMoney && (r.Plan is not null || r.Spent is not null))
            .OrderBy(r => UnitOrder(r.UnitCode)).ThenBy(r => r.MeasureNumber).ToList();
        Table(
            [(words.Unit, 30, false), (words.Measure, 12, false), (words.Source, 10, false), (words.Plan, 16, true), (words.Spent, 16, true), (words.Execution, 16, true)],
            money.Select(r =>
            {
                var k = r.Key.RowKey;
                return new[]
                {
                    E(UnitName(r.UnitCode)),
                    E(r.MeasureCode),
                    E(r.Source),
                    Cell(MeasureTable, k, "Plan", r.Plan, Number(r.Plan, 1)),
                    Cell(MeasureTable, k, "Spent", r.Spent, Value(r.Spent)),
                    Cell(MeasureTable, k, "BudgetExecutionPercent", r.BudgetExecutionPercent, Percent(r.BudgetExecutionPercent)),
                };
            }));
        Add("</section>");
    }

    private void Compliance()
    {
        Add($"<section id=\"compliance\"><h2>{E(words.Compliance)}</h2>");
        var statuses = Enum.GetValues<ComplianceStatus>().Where(s => s != ComplianceStatus.NotDue || Tables.Compliance.Any(r => r.Status == s)).ToList();
        var bars = statuses.Select(s =>
        {
            var count = Tables.Compliance.Count(r => r.Status == s);
            var attributes = $"data-table=\"{ComplianceTable}\" data-agg=\"count\" data-where=\"Status={s}\" data-value=\"{Raw(count)}\"";
            return new SvgCharts.Bar(words.ComplianceName(s), count, attributes, Count(count), Tone(s));
        }).ToList();
        Figure(words.ComplianceChart, SvgCharts.Bars(words.ComplianceChart, bars, []));
        Table(
            [(words.Unit, 21, false), (words.Status, 17, false), (words.FirstAccepted, 11, false), (words.DaysLate, 8, true), (words.DaysOverdue, 9, true),
             (words.Uploads, 8, true), (words.Refused, 9, true), (words.Corrections, 8, true), (words.RowsOutstanding, 9, true)],
            Tables.Compliance.OrderBy(r => UnitOrder(r.UnitCode)).Select(r =>
            {
                var k = r.Key.RowKey;
                return new[]
                {
                    E(UnitName(r.UnitCode)),
                    $"<span class=\"status-{Tone(r.Status)}\">{E(words.ComplianceName(r.Status))}</span>",
                    E(Date(r.FirstAcceptedLocalDate)),
                    Cell(ComplianceTable, k, "DaysLate", r.DaysLate, Count(r.DaysLate)),
                    Cell(ComplianceTable, k, "DaysOverdue", r.DaysOverdue, Count(r.DaysOverdue)),
                    Cell(ComplianceTable, k, "Uploads", r.Uploads, Count(r.Uploads)),
                    Cell(ComplianceTable, k, "RefusedUploads", r.RefusedUploads, Count(r.RefusedUploads)),
                    Cell(ComplianceTable, k, "Corrections", r.Corrections, Count(r.Corrections)),
                    Cell(ComplianceTable, k, "RowsOutstanding", r.RowsOutstanding, Count(r.RowsOutstanding)),
                };
            }));
        Add("</section>");
    }

    private void OpenFindings()
    {
        Add($"<section id=\"findings\"><h2>{E(words.OpenFindings)}</h2><p class=\"note\">{E(words.OpenFindingsNote)}</p>");
        if (data.OpenFindings.Count == 0)
        {
            Add($"<p>{E(words.NoOpenFindings)}</p>");
        }

        foreach (var (submission, findings) in data.OpenFindings)
        {
            Add($"<h3>{E(UnitName(submission.Agency))}</h3>");
            Add($"<p class=\"note\">{E(words.Submission)}: {E(submission.Id)} · {E(words.Uploaded)}: {E(Instant(submission.UploadedUtc, zone))}"
                + $" · {E(words.Rule)}: {E(submission.Rule.Length == 0 ? None : submission.Rule)} · {E(words.Errors)}: {E(Count(submission.Errors))}</p>");
            if (findings.Count == 0)
            {
                continue;
            }

            Table(
                [(words.Severity, 11, false), (words.Sheet, 14, false), (words.Cell, 8, false), (words.Row, 9, false), (words.Message, 58, false)],
                findings.Take(FindingsShown).Select(f => new[]
                {
                    E(words.SeverityName(f.Severity)),
                    E(f.Sheet ?? None),
                    E(f.Cell ?? None),
                    E(f.RowCode ?? None),
                    E(Russian ? f.Russian : f.Kazakh),
                }));
            if (findings.Count > FindingsShown)
            {
                Add($"<p class=\"note\">… +{E(Count(findings.Count - FindingsShown))}</p>");
            }
        }

        Add("</section>");
    }

    private void Figure(string caption, string svg) =>
        Add(caption.Length == 0 ? $"<figure>{svg}</figure>" : $"<figure><figcaption>{E(caption)}</figcaption>{svg}</figure>");

    /// <summary>A table with column widths in percent; numeric columns right-aligned; the catalog's names noted in Russian.</summary>
    private void Table(IReadOnlyList<(string Heading, int Width, bool Numeric)> columns, IEnumerable<string[]> rows, int nameColumn = -1)
    {
        var body = rows.ToList();
        if (body.Count == 0)
        {
            Add($"<p class=\"note\">{None}</p>");
            return;
        }

        Add("<table><colgroup>");
        foreach (var column in columns)
        {
            Add(string.Create(CultureInfo.InvariantCulture, $"<col style=\"width:{column.Width}%\">"));
        }

        Add("</colgroup><thead><tr>");
        foreach (var column in columns)
        {
            Add($"<th{(column.Numeric ? " class=\"n\"" : "")}>{E(column.Heading)}</th>");
        }

        Add("</tr></thead><tbody>");
        foreach (var row in body)
        {
            Add("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                var css = columns[i].Numeric ? " class=\"n\"" : i == nameColumn ? " class=\"name\"" : "";
                var lang = i == nameColumn && Russian ? " lang=\"kk\"" : "";
                Add($"<td{css}{lang}>{row[i]}</td>");
            }

            Add("</tr>");
        }

        Add("</tbody></table>");
        if (nameColumn >= 0 && words.KazakhNamesNote.Length > 0)
        {
            Add($"<p class=\"note\">{E(words.KazakhNamesNote)}</p>");
        }
    }

    /// <summary>A measure's name cut at a word to about <see cref="NameLength"/> characters: some run to a page.</summary>
    private static string Brief(string name)
    {
        if (name.Length <= NameLength)
        {
            return name;
        }

        var cut = name.LastIndexOf(' ', NameLength);
        return name[..(cut > NameLength / 2 ? cut : NameLength)].TrimEnd(',', ';', ':', ' ') + " …";
    }

    private string UnitName(string code)
    {
        if (code == StatusKeys.AllUnits)
        {
            return code;
        }

        if (!agencies.TryGetValue(code, out var agency))
        {
            return code;
        }

        var abbreviation = Russian && agency.AbbreviationRu.Length > 0 ? agency.AbbreviationRu : agency.AbbreviationKk;
        return abbreviation.Length > 0 ? abbreviation : code;
    }

    private string RegionName(string code) =>
        regions.TryGetValue(code, out var region) ? (Russian && region.NameRu.Length > 0 ? region.NameRu : region.NameKk) : code;

    /// <summary>Units in the catalog's order (central bodies, then the regions), unknown codes last.</summary>
    private int UnitOrder(string code) => unitOrder.GetValueOrDefault(code, int.MaxValue);

    private static string Tone(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Achieved or IndicatorStatus.OnTrack => "good",
        IndicatorStatus.PartiallyAchieved => "warn",
        IndicatorStatus.NotAchieved or IndicatorStatus.AtRisk or IndicatorStatus.NotReported => "bad",
        _ => "none",
    };

    private static string Tone(ComplianceStatus status) => status switch
    {
        ComplianceStatus.OnTime => "good",
        ComplianceStatus.Late => "warn",
        ComplianceStatus.Missing or ComplianceStatus.RejectedOnly => "bad",
        _ => "none",
    };

    private static string E(string text) => Html.Escape(text);

    private void Add(string text) => html.Append(text);
}
