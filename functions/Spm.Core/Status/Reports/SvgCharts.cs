using System.Globalization;
using System.Text;
using Spm.Core.Notifications.Email;

namespace Spm.Core.Status.Reports;

/// <summary>
/// The report's charts as inline SVG: horizontal bars on a 700-unit-wide canvas that scales to the page
/// (<c>viewBox</c>, <c>width="100%"</c>), so nothing is wider than the text column. Each mark carries the
/// <see cref="ReportFigures.Attributes"/> of the value it draws.
/// </summary>
internal static class SvgCharts
{
    private const double Width = 700;
    private const double LabelWidth = 180;
    private const double ValueWidth = 110;
    private const double BarLeft = LabelWidth + 8;
    private const double BarRight = Width - ValueWidth;
    private const double RowHeight = 24;
    private const double LegendHeight = 26;

    /// <summary>One bar of a chart: its label, the mark's value and data attributes, and the text at the end of the row.</summary>
    public sealed record Bar(string Label, double? Value, string Attributes, string Text, string Css);

    /// <summary>A reference mark on a row (a plan or a baseline): a vertical tick.</summary>
    public sealed record Tick(double? Value, string Attributes, string Css);

    /// <summary>A row with one bar and ticks, each row on its own scale (indicators have different units).</summary>
    public sealed record TickedRow(Bar Bar, IReadOnlyList<Tick> Ticks);

    public static string Ticked(string title, IReadOnlyList<TickedRow> rows, IReadOnlyList<(string Css, string Label)> legend)
    {
        var svg = Start(title, rows.Count, legend);
        for (var i = 0; i < rows.Count; i++)
        {
            var (bar, ticks) = (rows[i].Bar, rows[i].Ticks);
            var y = LegendHeight + (i * RowHeight);
            var max = new[] { bar.Value }.Concat(ticks.Select(t => t.Value)).Max(v => Math.Abs(v ?? 0)) * 1.1;
            Row(svg, y, bar, max <= 0 ? 1 : max);
            foreach (var tick in ticks.Where(t => t.Value is not null))
            {
                var x = Scale(tick.Value!.Value, max <= 0 ? 1 : max);
                svg.Append(I($"<line class=\"{tick.Css}\" x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"{y + 2:0.#}\" y2=\"{y + RowHeight - 4:0.#}\" {tick.Attributes}/>"));
            }
        }

        return End(svg);
    }

    /// <summary>Rows of bars on one scale from 0 to the largest value (at least <paramref name="floor"/>), with an optional reference line.</summary>
    public static string Bars(string title, IReadOnlyList<Bar> bars, IReadOnlyList<(string Css, string Label)> legend, double floor = 0, double? reference = null)
    {
        var svg = Start(title, bars.Count, legend);
        var max = Math.Max(floor, bars.Count == 0 ? 0 : bars.Max(b => Math.Abs(b.Value ?? 0))) * 1.05;
        max = max <= 0 ? 1 : max;
        for (var i = 0; i < bars.Count; i++)
        {
            Row(svg, LegendHeight + (i * RowHeight), bars[i], max);
        }

        if (reference is { } r && bars.Count > 0)
        {
            var x = Scale(r, max);
            svg.Append(I($"<line class=\"ref\" x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"{LegendHeight - 4:0.#}\" y2=\"{LegendHeight + (bars.Count * RowHeight):0.#}\"/>"));
        }

        return End(svg);
    }

    private static StringBuilder Start(string title, int rows, IReadOnlyList<(string Css, string Label)> legend)
    {
        var height = LegendHeight + (Math.Max(rows, 1) * RowHeight) + 4;
        var svg = new StringBuilder();
        svg.Append(I($"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {Width:0} {height:0}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append("<title>").Append(Html.Escape(title)).Append("</title>");
        var x = BarLeft;
        foreach (var (css, label) in legend)
        {
            svg.Append(I($"<rect class=\"{css}\" x=\"{x:0.#}\" y=\"6\" width=\"12\" height=\"10\"/>"));
            svg.Append(I($"<text class=\"legend\" x=\"{x + 16:0.#}\" y=\"15\">")).Append(Html.Escape(label)).Append("</text>");
            x += 32 + (label.Length * 7);
        }

        if (rows == 0)
        {
            svg.Append(I($"<rect class=\"track\" x=\"{BarLeft:0.#}\" y=\"{LegendHeight + 4:0.#}\" width=\"{BarRight - BarLeft:0.#}\" height=\"14\"/>"));
            svg.Append(I($"<text class=\"value\" x=\"{BarLeft + 4:0.#}\" y=\"{LegendHeight + 15:0.#}\">{ReportFigures.None}</text>"));
        }

        return svg;
    }

    private static void Row(StringBuilder svg, double y, Bar bar, double max)
    {
        svg.Append(I($"<text class=\"label\" x=\"3\" y=\"{y + 15:0.#}\">")).Append(Html.Escape(Shorten(bar.Label))).Append("</text>");
        svg.Append(I($"<rect class=\"track\" x=\"{BarLeft:0.#}\" y=\"{y + 4:0.#}\" width=\"{BarRight - BarLeft:0.#}\" height=\"14\"/>"));
        var width = bar.Value is { } v ? Math.Max(Scale(v, max) - BarLeft, 0) : 0;
        svg.Append(I($"<rect class=\"{bar.Css}\" x=\"{BarLeft:0.#}\" y=\"{y + 4:0.#}\" width=\"{width:0.#}\" height=\"14\" {bar.Attributes}/>"));
        svg.Append(I($"<text class=\"value\" x=\"{BarRight + 6:0.#}\" y=\"{y + 15:0.#}\">")).Append(Html.Escape(bar.Text)).Append("</text>");
    }

    private static double Scale(double value, double max) => BarLeft + (Math.Clamp(value / max, 0, 1) * (BarRight - BarLeft));

    // About 26 characters fit the label column at the chart's font size (11 units, 6.5 on average per letter).
    private static string Shorten(string label)
    {
        var plain = label.Replace("\u00AD", "", StringComparison.Ordinal);
        return plain.Length <= 26 ? plain : plain[..25] + "…";
    }

    private static string End(StringBuilder svg) => svg.Append("</svg>").ToString();

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
