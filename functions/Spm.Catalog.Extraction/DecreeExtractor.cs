using System.Globalization;
using System.Text.RegularExpressions;

using Spm.Core.Catalog;

namespace Spm.Catalog.Extraction;

/// <summary>The catalog extracted from a decree, and every problem that stopped a clean extraction.</summary>
public sealed record ExtractionResult(ProgramCatalog Catalog, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Extracts the program catalog from the Kazakh text of Decree No. 124 (as converted from the web page).
/// Every number comes from the text; the only changes are the ones in <see cref="HandCorrections"/>, each
/// justified by the decree's own totals. Anything the extractor does not recognise is a problem, not a guess.
/// </summary>
public static partial class DecreeExtractor
{
    public const int FormatVersion = 1;

    private static readonly string[] Years = ["2018", "2019", "2020", "2021", "2022"];

    public static ExtractionResult Extract(string decreeText)
    {
        ArgumentNullException.ThrowIfNull(decreeText);
        var run = new Run(decreeText);
        return run.Execute();
    }

    private sealed class Run(string text)
    {
        private readonly List<string> problems = [];
        private readonly List<HandCorrection> corrections = [];
        private readonly HashSet<string> usedCorrections = [];
        private List<DecreeCell> cells = [];

        public ExtractionResult Execute()
        {
            cells = DecreeCells.Split(text);
            var program = ReadProgram();
            var tasks = ReadTasks();
            var indicators = ReadIndicators();
            var measures = ReadMeasures();
            var agencies = ReadAgencies();

            foreach (var c in HandCorrections.Values.Where(c => !usedCorrections.Contains(c.Id)))
            {
                problems.Add($"Hand correction {c.Id} ({c.Where}) was not needed: the decree text changed; review the table.");
            }

            var draft = new ProgramCatalog
            {
                FormatVersion = FormatVersion,
                Version = $"{program.AmendedOn.DefaultIfEmpty(program.DecreeDate).Max():yyyy-MM-dd}.{ExtractionRevision}",
                Program = program,
                Agencies = agencies,
                Tasks = tasks,
                Indicators = indicators,
                Measures = measures,
                Periods = program.FirstYear > 0 ? ReportingCalendar.Build(program.FirstYear, program.LastYear) : [],
                Corrections = [.. corrections.OrderBy(c => c.Id, StringComparer.Ordinal)],
                KnownDifferences = [],
            };

            // The decree's own disagreements are explained by the table; a new one stops the extraction.
            var differences = CatalogReconciliation.Check(draft);
            var known = new List<KnownDifference>();
            foreach (var d in differences)
            {
                if (KnownDifferenceReasons.TryGetValue(d.Id, out var why))
                {
                    known.Add(d with { Why = why });
                }
                else
                {
                    Problem($"Unexplained difference {d.Id}: expected {d.Expected}, found {d.Actual}.");
                }
            }

            foreach (var id in KnownDifferenceReasons.Keys.Where(k => differences.All(d => d.Id != k)))
            {
                Problem($"Known difference {id} no longer occurs; remove it from the table.");
            }

            return new ExtractionResult(draft with { KnownDifferences = known }, problems);
        }

        private void Problem(string message) => problems.Add(message);

        private int IndexOf(Func<DecreeCell, bool> predicate, int from = 0)
        {
            for (var i = from; i < cells.Count; i++)
            {
                if (predicate(cells[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        private DecreeCell CellAfter(string label)
        {
            var i = IndexOf(c => c.Text == label);
            if (i < 0 || i + 1 >= cells.Count)
            {
                Problem($"The passport has no «{label}» cell.");
                return new DecreeCell(0, []);
            }

            return cells[i + 1];
        }

        private ProgramInfo ReadProgram()
        {
            var titleCell = CellAfter("Атауы");
            var title = titleCell.IsEmpty ? "" : titleCell.Paragraphs[0];
            var decree = DecreeLine().Match(text);
            if (!decree.Success)
            {
                Problem("The decree's number and date (\"… жылғы … № … қаулысы\") were not found.");
            }

            var amended = AmendmentNote().Matches(text)
                .Select(m => DateOnly.ParseExact(m.Groups[1].Value, "dd.MM.yyyy", CultureInfo.InvariantCulture))
                .Distinct()
                .Order()
                .ToArray();
            var years = ProgramYears().Match(title);
            var first = years.Success ? int.Parse(years.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            var last = years.Success ? int.Parse(years.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
            if (!years.Success)
            {
                Problem($"The program title does not name its years: «{title}».");
            }

            return new ProgramInfo
            {
                Code = "kz-cre-" + first.ToString(CultureInfo.InvariantCulture) + "-" + last.ToString(CultureInfo.InvariantCulture),
                TitleKk = title,
                DecreeNumber = decree.Success ? decree.Groups[4].Value : "",
                DecreeDate = decree.Success
                    ? new DateOnly(int.Parse(decree.Groups[1].Value, CultureInfo.InvariantCulture), KazakhMonths.Parse(decree.Groups[3].Value) ?? 1, int.Parse(decree.Groups[2].Value, CultureInfo.InvariantCulture))
                    : default,
                AmendedOn = amended,
                FirstYear = first,
                LastYear = last,
                GoalKk = CellAfter("Мақсаты").Text,
                TimeZone = "Asia/Almaty",
                StatedFinancing = ReadStatedFinancing(),
            };
        }

        private StatedFinancing ReadStatedFinancing()
        {
            SortedDictionary<string, decimal> Row(string label, out decimal total)
            {
                total = 0;
                var i = IndexOf(c => c.Text.StartsWith(label, StringComparison.Ordinal));
                var row = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
                if (i < 0)
                {
                    Problem($"Section 6 has no «{label}» row.");
                    return row;
                }

                for (var y = 0; y < Years.Length; y++)
                {
                    row[Years[y]] = DecreeCells.ReadNumber(cells[i + 1 + y], out _) ?? 0;
                }

                total = DecreeCells.ReadNumber(cells[i + 1 + Years.Length], out _) ?? 0;
                return row;
            }

            var rb = Row("Республикалық бюджет (млн. теңге)", out var rbTotal);
            var jb = Row("Жергілікті бюджет (млн. теңге)", out var jbTotal);
            var all = Row("ЖИЫНЫ:", out var grand);
            return new StatedFinancing
            {
                Republican = rb,
                Local = jb,
                Total = all,
                RepublicanTotal = rbTotal,
                LocalTotal = jbTotal,
                GrandTotal = grand,
            };
        }

        private List<ProgramTask> ReadTasks()
        {
            var cell = CellAfter("Міндеттері");
            var tasks = new List<ProgramTask>();
            foreach (var p in cell.Paragraphs)
            {
                var m = NumberedParagraph().Match(p);
                var name = (m.Success ? m.Groups[2].Value : p).TrimEnd('.', ' ');
                tasks.Add(new ProgramTask { Number = tasks.Count + 1, NameKk = name });
            }

            if (tasks.Count != 4)
            {
                Problem($"Expected 4 tasks in the passport, found {tasks.Count}.");
            }

            return tasks;
        }

        // Section 4 holds the indicator tables with the 2017 fact; 11 cells a row.
        private List<Indicator> ReadIndicators()
        {
            var indicators = new List<Indicator>();
            var task = 0;
            for (var i = 0; i + 1 < cells.Count; i++)
            {
                if (cells[i].Text != "Р/с №")
                {
                    continue;
                }

                var heading = cells[i + 1].Text;
                var target = heading == "Нысаналы индикаторлар";
                if (!target && heading != "Нәтижелер көрсеткіштері")
                {
                    continue;
                }

                if (!target)
                {
                    task++;
                }

                var row = i + 11;
                var n = 0;
                while (row + 10 < cells.Count && RowNumber().IsMatch(cells[row].Text))
                {
                    n++;
                    var code = target ? $"TI-{n}" : $"RI-{task}.{n}";
                    indicators.Add(ReadIndicator(code, target, task, row));
                    row += 11;
                }

                i = row - 1;
            }

            var targets = indicators.Count(x => x.Level == IndicatorLevel.Target);
            if (targets != 3 || indicators.Count != 16)
            {
                Problem($"Expected 3 target and 13 result indicators, found {targets} and {indicators.Count - targets}.");
            }

            return indicators;
        }

        private Indicator ReadIndicator(string code, bool target, int task, int row)
        {
            var responsibleCell = cells[row + 4];
            var responsibleText = ApplyTextCorrection($"{code}.responsible", responsibleCell.Text);
            var responsible = ParseResponsible(responsibleText, $"{code} responsible ({responsibleCell})");
            var plan = new SortedDictionary<string, decimal?>(StringComparer.Ordinal);
            for (var y = 0; y < Years.Length; y++)
            {
                plan[Years[y]] = DecreeCells.ReadNumber(cells[row + 6 + y], out _);
            }

            var (direction, reason) = IndicatorDirections.TryGetValue(code, out var d)
                ? d
                : (IndicatorDirection.Higher, "");
            if (reason.Length == 0)
            {
                Problem($"{code} has no documented direction.");
            }

            return new Indicator
            {
                Code = code,
                Level = target ? IndicatorLevel.Target : IndicatorLevel.Result,
                Task = target ? null : task,
                NameKk = cells[row + 1].Text.TrimEnd('.', ' '),
                Unit = cells[row + 2].Text,
                SourceKk = Dehyphenate(cells[row + 3].Text),
                Direction = direction,
                DirectionReason = reason,
                Baseline2017 = DecreeCells.ReadNumber(cells[row + 5], out _),
                Plan = plan,
                Responsible = responsible.Codes,
                Lead = LeadOf(responsibleText, responsible.Codes),
                ByAgreement = responsible.ByAgreement,
            };
        }

        private static string LeadOf(string responsibleText, IReadOnlyList<string> codes)
        {
            var first = Parenthesis().Replace(Dehyphenate(responsibleText).Split(',')[0], "").Trim();
            return first == AgencyDirectory.LocalExecutiveBodies ? AgencyDirectory.LocalExecutiveBodiesCode : codes.Count > 0 ? codes[0] : "";
        }

        private string ApplyTextCorrection(string id, string found)
        {
            if (!HandCorrections.TryGetValue(id, out var c))
            {
                return found;
            }

            if (!found.Contains(c.Found, StringComparison.Ordinal))
            {
                Problem($"Hand correction {id} expects «{c.Found}» in «{found}».");
                return found;
            }

            Use(c);
            return found.Replace(c.Found, c.Used, StringComparison.Ordinal);
        }

        private void Use(HandCorrection c)
        {
            if (usedCorrections.Add(c.Id))
            {
                corrections.Add(c);
            }
        }

        private List<Agency> ReadAgencies()
        {
            var agencies = new List<Agency>();
            var listStart = text.IndexOf("Аббревиатуралардың толық жазылуы", StringComparison.Ordinal);
            if (listStart < 0)
            {
                Problem("The abbreviation list («Аббревиатуралардың толық жазылуы») was not found.");
            }

            var list = listStart < 0 ? "" : text[listStart..];
            foreach (var (abbreviation, code) in AgencyDirectory.Central)
            {
                var m = Regex.Match(list, @"^\s*" + Regex.Escape(abbreviation) + @"\s+[–-]\s+(.+?)\s*$", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
                if (!m.Success)
                {
                    Problem($"The abbreviation list has no «{abbreviation}».");
                }

                agencies.Add(new Agency { Code = code, Abbreviation = abbreviation, NameKk = m.Groups[1].Value, Kind = AgencyKind.Central });
            }

            var lea = Regex.Match(list, @"^\s*ЖАО\s+[–-]\s+(.+?)\s*$", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
            if (!lea.Success)
            {
                Problem("The abbreviation list has no «ЖАО».");
            }

            agencies.Add(new Agency
            {
                Code = AgencyDirectory.LocalExecutiveBodiesCode,
                Abbreviation = AgencyDirectory.LocalExecutiveBodies,
                NameKk = lea.Groups[1].Value,
                Kind = AgencyKind.Group,
                Members = AgencyDirectory.RegionCodes,
            });
            foreach (var (name, code) in AgencyDirectory.Regions)
            {
                if (!text.Contains(name, StringComparison.Ordinal))
                {
                    Problem($"The decree never names the region «{name}».");
                }

                agencies.Add(new Agency { Code = code, Abbreviation = name, NameKk = AgencyDirectory.AkimatName(name), Kind = AgencyKind.Regional });
            }

            return agencies;
        }

        private (IReadOnlyList<string> Codes, IReadOnlyList<string> ByAgreement) ParseResponsible(string raw, string where)
        {
            if (!TryParseResponsible(raw, out var codes, out var byAgreement, out var unknown))
            {
                Problem($"Unknown responsible agency «{unknown}» in {where}.");
            }

            return (codes, byAgreement);
        }

        // Agencies are separated by commas; «(келісім бойынша)» marks participation by agreement and other
        // parentheses («(әрбір орган өз бөлігінде)») are notes. ЖАО stands for the 16 regional akimats.
        internal static bool TryParseResponsible(string raw, out IReadOnlyList<string> codes, out IReadOnlyList<string> byAgreement, out string unknown)
        {
            var list = new List<string>();
            var agreed = new List<string>();
            unknown = "";
            foreach (var part in Dehyphenate(raw).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var agreement = part.Contains("келісім бойынша", StringComparison.Ordinal);
                var name = Parenthesis().Replace(part, "").Trim();
                if (name.Length == 0)
                {
                    continue;
                }

                if (name == AgencyDirectory.LocalExecutiveBodies)
                {
                    list.AddRange(AgencyDirectory.RegionCodes.Where(r => !list.Contains(r)));
                    continue;
                }

                var code = AgencyDirectory.CentralCode(name);
                if (code is null)
                {
                    unknown = name;
                    codes = list;
                    byAgreement = agreed;
                    return false;
                }

                if (!list.Contains(code))
                {
                    list.Add(code);
                }

                if (agreement && !agreed.Contains(code))
                {
                    agreed.Add(code);
                }
            }

            codes = list;
            byAgreement = agreed;
            return list.Count > 0;
        }

        private List<Measure> ReadMeasures()
        {
            var start = IndexOf(c => c.Text.StartsWith("Бағдарлама мақсаты:", StringComparison.Ordinal));
            var end = IndexOf(c => c.Text.StartsWith("Аббревиатуралардың", StringComparison.Ordinal) || c.Text.Contains("Ескертпе:", StringComparison.Ordinal), Math.Max(start, 0));
            if (start < 0)
            {
                Problem("The action plan (appendix) was not found.");
                return [];
            }

            var appendix = Unmerge(cells.GetRange(start, (end < 0 ? cells.Count : end + 1) - start));
            var starts = FindMeasureStarts(appendix);
            var measures = new List<Measure>();
            for (var k = 0; k < starts.Count; k++)
            {
                var s = starts[k];
                var stop = k + 1 < starts.Count ? starts[k + 1].Boundary : appendix.Count;
                stop = Math.Min(stop, s.Stop);
                measures.Add(ReadMeasure(s.Number, s.Task, appendix.GetRange(s.Name, stop - s.Name)));
            }

            var missing = starts.Where(s => s.NumberMissing).Select(s => s.Number).ToArray();
            if (!missing.SequenceEqual(MeasuresWithoutNumberCell))
            {
                Problem($"Measures whose number cell is missing differ from the known list: found [{string.Join(", ", missing)}], known [{string.Join(", ", MeasuresWithoutNumberCell)}].");
            }
            else
            {
                Use(NumberCorrection);
            }

            return measures;
        }

        private sealed record MeasureStart(int Number, int Task, int Boundary, int Name, bool NumberMissing)
        {
            public int Stop { get; set; } = int.MaxValue;
        }

        // The conversion glued some rows together: a code or total cell followed by the next measure's name
        // («* / Қылмыстық-атқару …», «076 / Қазақстан …», «Іс-шаралар: / Экстремизм …»). Split them so that
        // each name starts a cell of its own, marked as having lost its number cell.
        private static List<DecreeCell> Unmerge(List<DecreeCell> source)
        {
            var result = new List<DecreeCell>(source.Count + 32);
            foreach (var cell in source)
            {
                var p = cell.Paragraphs;
                var split = -1;
                if (p.Count >= 2 && p[0] == "Іс-шаралар:")
                {
                    split = 1;
                }
                else
                {
                    for (var k = 1; k < p.Count; k++)
                    {
                        if (IsValueParagraph(p[k]))
                        {
                            continue;
                        }

                        if (p[k] == "Құпия" || p[k].Length >= 20)
                        {
                            split = p.Take(k).All(IsValueParagraph) ? k : -1;
                        }

                        break;
                    }
                }

                if (split < 0)
                {
                    result.Add(cell);
                    continue;
                }

                result.Add(new DecreeCell(cell.Line, p.Take(split).ToArray()));
                result.Add(new DecreeCell(cell.Line, p.Skip(split).ToArray(), NumberMissing: true));
            }

            return result;
        }

        private static bool IsValueParagraph(string p) => ValueParagraph().IsMatch(p);

        private static List<MeasureStart> FindMeasureStarts(List<DecreeCell> appendix)
        {
            var starts = new List<MeasureStart>();
            var task = 0;
            var inMeasures = false;
            var expected = 1;
            for (var i = 0; i < appendix.Count; i++)
            {
                var c = appendix[i];
                var t = c.Text;
                if (t.StartsWith("Міндет:", StringComparison.Ordinal) || t.StartsWith("Нысаналы индикатор", StringComparison.Ordinal))
                {
                    if (t.StartsWith("Міндет:", StringComparison.Ordinal))
                    {
                        task++;
                    }

                    inMeasures = false;
                    if (starts.Count > 0)
                    {
                        // The row number cell just before the heading belongs to the heading, not to the measure.
                        var last = starts[^1];
                        last.Stop = Math.Min(last.Stop, i > 0 && RowNumber().IsMatch(appendix[i - 1].Text) ? i - 1 : i);
                    }

                    continue;
                }

                if (t == "Іс-шаралар:" || t.StartsWith("Іс-шаралар:", StringComparison.Ordinal))
                {
                    inMeasures = true;
                    continue;
                }

                if (!inMeasures)
                {
                    continue;
                }

                if (c.NumberMissing)
                {
                    starts.Add(new MeasureStart(expected++, task, i, i, NumberMissing: true));
                    continue;
                }

                var m = RowNumber().Match(t);
                if (m.Success
                    && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) == expected
                    && i + 1 < appendix.Count
                    && !appendix[i + 1].IsEmpty
                    && !DecreeCells.IsNumeric(appendix[i + 1]))
                {
                    starts.Add(new MeasureStart(expected++, task, i, i + 1, NumberMissing: false));
                    i++;
                }
            }

            return starts;
        }

        private Measure ReadMeasure(int number, int task, List<DecreeCell> b)
        {
            var where = $"measure {number.ToString(CultureInfo.InvariantCulture)}";
            if (b[0].Text == "Құпия")
            {
                var leak = b.Skip(1).FirstOrDefault(c => !c.IsEmpty);
                if (leak is not null)
                {
                    Problem($"Classified {where} has content in {leak}; nothing of it may be kept.");
                }

                return new Measure { Number = number, Task = task, Classified = true };
            }

            if (b.Count < 6)
            {
                // The web page ends the last measure after its name (see the catalog README).
                if (!IncompleteMeasures.Contains(number))
                {
                    Problem($"{where} has only {b.Count} cells: {string.Join(" | ", b)}.");
                }
                else
                {
                    Use(IncompleteCorrection);
                }

                var name = b[0].Paragraphs.TakeWhile(p => !p.StartsWith("Бағдарламаны қаржыландырудың", StringComparison.Ordinal));
                return new Measure { Number = number, Task = task, NameKk = string.Concat(name), Incomplete = true };
            }

            var idx = 5;
            var deadline = ParseDeadline(b[3], where);
            var responsible = ParseResponsible(b[4].Text, $"{where} responsible ({b[4]})");
            var money = ReadFinancing(b, ref idx, where);
            var parts = new List<MeasurePart>();
            SortedDictionary<string, SortedDictionary<string, decimal?>>? regions = null;
            SortedDictionary<string, string>? regionNotes = null;
            while (idx < b.Count)
            {
                var c = b[idx];
                if (c.IsEmpty)
                {
                    idx++;
                    continue;
                }

                var region = AgencyDirectory.RegionCode(c.Text);
                if (region is not null)
                {
                    regions ??= new SortedDictionary<string, SortedDictionary<string, decimal?>>(StringComparer.Ordinal);
                    idx += 5;
                    var f = ReadFinancing(b, ref idx, $"{where}, {c.Text}");
                    var row = f.Plan is null ? new SortedDictionary<string, decimal?>(StringComparer.Ordinal) : new SortedDictionary<string, decimal?>(f.Plan, StringComparer.Ordinal);
                    row["total"] = f.Total;
                    regions[region] = row;
                    if (f.Note is not null)
                    {
                        regionNotes ??= new SortedDictionary<string, string>(StringComparer.Ordinal);
                        regionNotes[region] = f.Note;
                    }

                    money = money with { Revisable = money.Revisable || f.Revisable };
                    continue;
                }

                if (TryParseResponsible(c.Text, out var partAgencies, out _, out _))
                {
                    idx++;
                    var f = ReadFinancing(b, ref idx, $"{where}, part {c.Text}");
                    parts.Add(new MeasurePart { Responsible = partAgencies, Plan = f.Plan, Total = f.Total, Source = f.Source, BudgetPrograms = f.Programs, FundingNoteKk = f.Note });
                    continue;
                }

                if (idx + 4 < b.Count && TryParseResponsible(b[idx + 4].Text, out var componentAgencies, out _, out _))
                {
                    var name = c.Text;
                    idx += 5;
                    var f = ReadFinancing(b, ref idx, $"{where}, component {name}");
                    parts.Add(new MeasurePart { NameKk = name, Responsible = componentAgencies, Plan = f.Plan, Total = f.Total, Source = f.Source, BudgetPrograms = f.Programs, FundingNoteKk = f.Note });
                    continue;
                }

                Problem($"Unrecognised cell in {where}: {c}.");
                idx++;
            }

            if (regions is not null && regions.Count != AgencyDirectory.Regions.Count)
            {
                Problem($"{where} breaks down {regions.Count} regions, not {AgencyDirectory.Regions.Count}.");
            }

            return new Measure
            {
                Number = number,
                Task = task,
                NameKk = b[0].Text,
                Unit = b[1].IsEmpty ? null : b[1].Text,
                CompletionFormKk = b[2].IsEmpty ? null : b[2].Text,
                Deadline = deadline,
                Responsible = responsible.Codes,
                ByAgreement = responsible.ByAgreement,
                Plan = money.Plan ?? EmptyPlan(),
                Total = money.Total,
                Revisable = money.Revisable,
                Source = money.Source,
                BudgetPrograms = money.Programs,
                FundingNoteKk = money.Note,
                Parts = parts,
                Regions = regions,
                RegionNotesKk = regionNotes,
            };
        }

        private static SortedDictionary<string, decimal?> EmptyPlan() =>
            new(Years.ToDictionary(y => y, _ => (decimal?)null), StringComparer.Ordinal);

        private sealed record Financing(SortedDictionary<string, decimal?>? Plan, decimal? Total, bool Revisable, string? Note, string? Source, IReadOnlyList<string> Programs);

        // Columns 7–14: five years and the total (or one merged note), then source and budget programme codes.
        private Financing ReadFinancing(List<DecreeCell> b, ref int idx, string where)
        {
            if (idx >= b.Count)
            {
                Problem($"{where} ends before its financing columns.");
                return new Financing(null, null, false, null, null, []);
            }

            SortedDictionary<string, decimal?>? plan = null;
            decimal? total = null;
            string? note = null;
            var revisable = false;
            var first = b[idx];
            if (IsFundingNote(first))
            {
                note = first.Paragraphs[0].ToLowerInvariant().Replace("  ", " ", StringComparison.Ordinal);
                idx++;
            }
            else
            {
                plan = new SortedDictionary<string, decimal?>(StringComparer.Ordinal);
                for (var y = 0; y <= Years.Length; y++)
                {
                    if (idx >= b.Count)
                    {
                        Problem($"{where} ends inside its year columns.");
                        break;
                    }

                    var cell = b[idx++];
                    if (!cell.IsEmpty && !DecreeCells.IsNumeric(cell) && cell.Text is not ("-" or "*"))
                    {
                        Problem($"{where}: expected a number, found {cell}.");
                    }

                    var value = CorrectedNumber(where, y < Years.Length ? Years[y] : "total", cell, out var r);
                    revisable |= r;
                    if (y < Years.Length)
                    {
                        plan[Years[y]] = value;
                    }
                    else
                    {
                        total = value;
                    }
                }
            }

            string? source = null;
            IReadOnlyList<string> programs = [];
            if (idx < b.Count)
            {
                source = b[idx].Text is "РБ" or "ЖБ" ? b[idx].Text : null;
                idx++;
            }

            if (idx < b.Count)
            {
                programs = [.. BudgetCode().Matches(b[idx].Text).Select(m => m.Value)];
                idx++;
            }

            return new Financing(plan, total, revisable, note, source, programs);
        }

        private decimal? CorrectedNumber(string where, string column, DecreeCell cell, out bool revisable)
        {
            var value = DecreeCells.ReadNumber(cell, out revisable);
            var id = $"{where}/{column}";
            if (HandCorrections.TryGetValue(id, out var c))
            {
                var found = value?.ToString(CultureInfo.InvariantCulture) ?? "";
                if (found != c.Found)
                {
                    Problem($"Hand correction {id} expects {c.Found}, the decree says {found}.");
                    return value;
                }

                Use(c);
                return decimal.Parse(c.Used, CultureInfo.InvariantCulture);
            }

            return value;
        }

        private static bool IsFundingNote(DecreeCell cell)
        {
            if (cell.IsEmpty)
            {
                return false;
            }

            var t = cell.Paragraphs[0].ToLowerInvariant();
            return t.StartsWith("талап етілмейді", StringComparison.Ordinal) || t.Replace("  ", " ", StringComparison.Ordinal).StartsWith("көзделген қаражат шегінде", StringComparison.Ordinal);
        }

        private Deadline? ParseDeadline(DecreeCell cell, string where)
        {
            var raw = cell.Text;
            var half = raw.Contains("***", StringComparison.Ordinal);
            var t = Dehyphenate(raw.Replace("*", "", StringComparison.Ordinal)).Trim();
            var lower = t.ToLowerInvariant();
            var dates = DueDates(lower);
            var span = YearSpan().Match(t);
            DeadlineKind kind;
            if (lower.StartsWith("жыл сайын", StringComparison.Ordinal))
            {
                kind = DeadlineKind.Annual;
            }
            else if (lower.StartsWith("тұрақты", StringComparison.Ordinal))
            {
                kind = DeadlineKind.Constant;
            }
            else if (dates.Length > 0 && dates.All(d => d.Month is not null))
            {
                kind = DeadlineKind.Dates;
            }
            else if (span.Success)
            {
                kind = DeadlineKind.Years;
            }
            else
            {
                Problem($"{where}: deadline not understood: {cell}.");
                return null;
            }

            return new Deadline
            {
                TextKk = t,
                Kind = kind,
                HalfYearReporting = half,
                Dates = kind == DeadlineKind.Dates ? [.. dates.Select(d => new DateOnly(d.Year, d.Month!.Value, d.Day))] : [],
                FromYear = kind == DeadlineKind.Years ? int.Parse(span.Groups[1].Value, CultureInfo.InvariantCulture) : null,
                ToYear = kind == DeadlineKind.Years ? int.Parse(span.Groups[2].Value, CultureInfo.InvariantCulture) : null,
            };
        }
    }

    /// <summary>
    /// The dates of a deadline cell in order. A date names its year («2021 жылғы 10 шілдеге»), or continues a list with
    /// «және» or a comma and takes the year of the date before it: «2022 жылғы 10 қаңтарға және 10 шілдеге» is
    /// 10 January and 10 July 2022 (measure 28).
    /// </summary>
    internal static (int Year, int Day, int? Month)[] DueDates(string lower)
    {
        var dates = new List<(int Year, int Day, int? Month)>();
        int? year = null;
        foreach (Match m in DueDate().Matches(lower))
        {
            if (m.Groups["year"].Success)
            {
                year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            }
            else if (year is null || KazakhMonths.Parse(m.Groups["month"].Value) is null)
            {
                // A continuation needs a year before it and a month name ("және 2 адам" is not a date).
                continue;
            }

            dates.Add((year.Value, int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture), KazakhMonths.Parse(m.Groups["month"].Value)));
        }

        return [.. dates];
    }

    internal static bool TryParseResponsibleForTests(string raw, out IReadOnlyList<string> codes, out IReadOnlyList<string> byAgreement) =>
        Run.TryParseResponsible(raw, out codes, out byAgreement, out _);

    /// <summary>Joins words that the page broke with a hyphen at a line end («бойын-ша», «желтоқ-санға»).</summary>
    internal static string Dehyphenate(string s) => BrokenWord().Replace(s, "$1$2");

    [GeneratedRegex(@"(\d{4}) жылғы (\d{1,2}) (\p{L}+) № (\d+) қаулысы")]
    private static partial Regex DecreeLine();

    [GeneratedRegex(@"(\d{2}\.\d{2}\.\d{4}) № \d+ қаулысымен")]
    private static partial Regex AmendmentNote();

    [GeneratedRegex(@"(\d{4}) – (\d{4}) жылдарға")]
    private static partial Regex ProgramYears();

    [GeneratedRegex(@"^(\d+)\.\s*(.+)$")]
    private static partial Regex NumberedParagraph();

    [GeneratedRegex(@"^(\d+)\.?$")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^[\d\s,.*]+$|^\*+$")]
    private static partial Regex ValueParagraph();

    [GeneratedRegex(@"\([^)]*\)?")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"\b\d{3}\b")]
    private static partial Regex BudgetCode();

    [GeneratedRegex(@"(?:(?<year>\d{4})\s*(?:жылғы|ж\.)|(?:\bжәне|,))\s*(?<day>\d{1,2})\s*(?<month>\p{L}+)")]
    private static partial Regex DueDate();

    [GeneratedRegex(@"(\d{4})\s*[–-]\s*(\d{4})\s*жылдар")]
    private static partial Regex YearSpan();

    [GeneratedRegex(@"(\p{Ll})-\s*(\p{Ll})")]
    private static partial Regex BrokenWord();
}
