namespace Spm.Core.Status.Reports;

/// <summary>
/// The report's stylesheet, inlined in the page. On screen a white A4 sheet on grey; in print the sheet is the page:
/// A4 with margins, tables the width of the text column (fixed layout, long words wrap), headers repeated on every page,
/// rows and charts never cut in two.
/// </summary>
internal static class ReportStyle
{
    public const string Css = """
        @page { size: A4; margin: 14mm 12mm 16mm 12mm; }
        * { box-sizing: border-box; }
        html { background: #e9edf1; }
        body { margin: 8mm auto; width: 210mm; max-width: 100%; padding: 14mm 12mm; background: #fff; color: #1d2733;
          font: 9.5pt/1.35 "Segoe UI", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; box-shadow: 0 1px 6px rgba(0,0,0,.15); }
        @media print {
          html { background: #fff; }
          body { margin: 0; width: auto; padding: 0; box-shadow: none; }
        }
        h1 { font-size: 16pt; margin: 0 0 2mm; color: #12355b; }
        h2 { font-size: 12.5pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.5px solid #12355b; color: #12355b; break-after: avoid; }
        h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
        p { margin: 1mm 0 2mm; }
        .program { font-size: 9pt; color: #44505c; margin-bottom: 2mm; }
        .meta { display: flex; flex-wrap: wrap; gap: 1mm 8mm; margin: 2mm 0; }
        .meta div span { color: #5b6773; }
        .note { font-size: 8pt; color: #5b6773; }
        .cards { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 3mm; margin: 2mm 0 1mm; }
        .card { border: 1px solid #cfd8e1; border-radius: 2mm; padding: 2mm 3mm; break-inside: avoid; }
        .card .big { font-size: 15pt; font-weight: 600; color: #12355b; }
        .card .label { font-size: 8pt; color: #5b6773; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 1mm 0 3mm; font-size: 8pt; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { border: 1px solid #cfd8e1; padding: 1mm 1.2mm; vertical-align: top; overflow-wrap: break-word; }
        th { background: #eef2f6; text-align: left; font-weight: 600; font-size: 7.5pt; hyphens: auto; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        td.name { font-size: 7.5pt; }
        figure { margin: 1mm 0 3mm; break-inside: avoid; }
        figcaption { font-size: 8.5pt; color: #44505c; margin-bottom: 1mm; }
        svg.chart { display: block; width: 100%; height: auto; font-size: 11px; }
        svg.chart text { font-family: inherit; fill: #1d2733; }
        svg.chart text.legend, svg.chart text.value { fill: #44505c; }
        svg.chart .track { fill: #eef2f6; }
        svg.chart .good { fill: #2e7d4f; }
        svg.chart .warn { fill: #d08a1f; }
        svg.chart .bad { fill: #c0392b; }
        svg.chart .none { fill: #9aa5b1; }
        svg.chart .planned { fill: #9fb3c8; }
        svg.chart .spent { fill: #1f5f99; }
        svg.chart .plan { stroke: #12355b; stroke-width: 2.5; }
        svg.chart .baseline { stroke: #7b8794; stroke-width: 2; stroke-dasharray: 3 2; }
        svg.chart rect.plan { fill: #12355b; }
        svg.chart rect.baseline { fill: #7b8794; }
        svg.chart .ref { stroke: #12355b; stroke-width: 1; stroke-dasharray: 4 3; }
        .status-good { color: #2e7d4f; font-weight: 600; }
        .status-warn { color: #a86a0c; font-weight: 600; }
        .status-bad { color: #c0392b; font-weight: 600; }
        footer { margin-top: 6mm; font-size: 7.5pt; color: #5b6773; border-top: 1px solid #cfd8e1; padding-top: 1.5mm; }
        """;
}
