using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Spm.Core.Status;

namespace Spm.Testing;

/// <summary>
/// Checks a status report's figures against the status tables it was made from: every element that names a table
/// (<c>data-table</c>) is looked up — a row's column by <c>data-key</c> and <c>data-column</c>, or a count or sum of rows
/// by <c>data-agg</c> and <c>data-where</c> — and its stored value must equal the table's exactly; the text a person reads
/// in a <c>&lt;data&gt;</c> element must be that value rounded to the decimals shown.
/// </summary>
public static partial class StatusReportFigures
{
    /// <summary>One figure on the page: the element, its attributes and its visible text (empty for chart marks).</summary>
    public sealed record Figure(string Element, IReadOnlyDictionary<string, string> Attributes, string Text)
    {
        public string Table => Attributes.GetValueOrDefault("data-table", "");

        /// <summary>The stored value: <c>value</c> on <c>&lt;data&gt;</c>, <c>data-value</c> on a chart mark; empty for null.</summary>
        public string Value => Attributes.GetValueOrDefault(Element == "data" ? "value" : "data-value", "");
    }

    public static IReadOnlyList<Figure> Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var figures = new List<Figure>();
        foreach (Match element in ElementPattern().Matches(html))
        {
            var attributes = AttributePattern().Matches(element.Groups["attributes"].Value)
                .ToDictionary(a => a.Groups["name"].Value, a => WebUtility.HtmlDecode(a.Groups["value"].Value), StringComparer.Ordinal);
            if (!attributes.ContainsKey("data-table"))
            {
                continue;
            }

            var name = element.Groups["name"].Value;
            var text = "";
            if (name == "data")
            {
                var end = html.IndexOf("</data>", element.Index + element.Length, StringComparison.Ordinal);
                text = WebUtility.HtmlDecode(html[(element.Index + element.Length)..end]);
            }

            figures.Add(new Figure(name, attributes, text));
        }

        return figures;
    }

    /// <summary>Every disagreement between the page's figures and the tables, one sentence each; none is good.</summary>
    public static IReadOnlyList<string> Problems(string html, StatusTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var rows = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal)
        {
            ["indicatorstatus"] = [.. tables.Indicators],
            ["measurestatus"] = [.. tables.Measures],
            ["agencycompliance"] = [.. tables.Compliance],
            ["programfinance"] = [.. tables.Finance],
        };
        var problems = new List<string>();
        foreach (var figure in Read(html))
        {
            if (!rows.TryGetValue(figure.Table, out var table))
            {
                problems.Add($"{Describe(figure)}: no such status table.");
                continue;
            }

            double? expected;
            if (figure.Attributes.TryGetValue("data-agg", out var aggregate))
            {
                var selected = table.Where(r => Matches(r, figure.Attributes.GetValueOrDefault("data-where", ""))).ToList();
                expected = aggregate == "count" ? selected.Count
                    : aggregate.StartsWith("sum:", StringComparison.Ordinal) ? selected.Sum(r => Number(r, aggregate[4..]) ?? 0)
                    : null;
            }
            else
            {
                var key = figure.Attributes.GetValueOrDefault("data-key", "");
                var row = table.FirstOrDefault(r => ((StatusRowKey)r.GetType().GetProperty("Key")!.GetValue(r)!).RowKey == key);
                if (row is null)
                {
                    problems.Add($"{Describe(figure)}: {figure.Table} has no row {key}.");
                    continue;
                }

                expected = Number(row, figure.Attributes.GetValueOrDefault("data-column", ""));
            }

            var shown = figure.Value.Length == 0 ? (double?)null : double.Parse(figure.Value, CultureInfo.InvariantCulture);
            if (!Nullable.Equals(shown, expected))
            {
                problems.Add($"{Describe(figure)}: stores {figure.Value}, the table has {expected?.ToString("R", CultureInfo.InvariantCulture) ?? "null"}.");
            }
            else if (figure.Element == "data" && !Reads(figure.Text, shown))
            {
                problems.Add($"{Describe(figure)}: reads '{figure.Text}' for {figure.Value}.");
            }
        }

        return problems;
    }

    /// <summary>Whether the visible text is the value rounded to the decimals it shows ("—" for null).</summary>
    private static bool Reads(string text, double? value)
    {
        if (value is null)
        {
            return text == "—";
        }

        var digits = text.Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal)
            .Replace(" ", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal).Replace(',', '.');
        if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var read))
        {
            return false;
        }

        var decimals = digits.Contains('.', StringComparison.Ordinal) ? digits.Length - digits.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        return Math.Abs(read - value.Value) <= (0.5 * Math.Pow(10, -decimals)) + 1e-9;
    }

    /// <summary><c>Column=Value;Column=A|B</c>: every condition holds, a condition holds when the column's text is one of its values.</summary>
    private static bool Matches(object row, string where) =>
        where.Split(';', StringSplitOptions.RemoveEmptyEntries).All(condition =>
        {
            var (column, values) = (condition[..condition.IndexOf('=', StringComparison.Ordinal)], condition[(condition.IndexOf('=', StringComparison.Ordinal) + 1)..].Split('|'));
            var value = Property(row, column).GetValue(row);
            return values.Contains(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
        });

    private static double? Number(object row, string column) =>
        Property(row, column).GetValue(row) is { } value ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : null;

    private static PropertyInfo Property(object row, string column) =>
        row.GetType().GetProperty(column) ?? throw new InvalidOperationException($"{row.GetType().Name} has no column {column}.");

    private static string Describe(Figure figure) =>
        $"<{figure.Element}> {figure.Table} {figure.Attributes.GetValueOrDefault("data-key") ?? figure.Attributes.GetValueOrDefault("data-where")} {figure.Attributes.GetValueOrDefault("data-column") ?? figure.Attributes.GetValueOrDefault("data-agg")}";

    [GeneratedRegex("""<(?<name>data|rect|line|circle|path)\b(?<attributes>[^>]*)>""")]
    private static partial Regex ElementPattern();

    [GeneratedRegex(@"(?<name>[a-zA-Z][\w-]*)=""(?<value>[^""]*)""")]
    private static partial Regex AttributePattern();
}
