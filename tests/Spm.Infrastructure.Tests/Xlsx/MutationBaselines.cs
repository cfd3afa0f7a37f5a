using System.Text;
using System.Text.RegularExpressions;
using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;
using Spm.Infrastructure.Templates;
using static Spm.Core.Reporting.ReportTemplateLayout;

namespace Spm.Infrastructure.Tests.Xlsx;

/// <summary>
/// The valid workbooks mutants are made from: templates our own writer makes for a few agencies and periods (blank,
/// and filled at plan as a diligent agency would), our template filled by openpyxl and re-saved by LibreOffice, and the
/// workbooks openpyxl and LibreOffice wrote (Fixtures/).
/// </summary>
internal static partial class MutationBaselines
{
    private static readonly (string Period, int Pick, bool Filled)[] Templates =
    [
        ("2018-FY", 0, true),
        ("2019-H1", 1, false),
        ("2019-H1", -1, true),
        ("2020-FY", 2, true),
        ("2021-H1", -2, false),
        ("2022-FY", 3, true),
    ];

    public static async Task<IReadOnlyList<MutationBaseline>> BuildAsync(CancellationToken cancellationToken)
    {
        var catalog = CatalogJson.LoadEmbedded();
        var baselines = new List<MutationBaseline>();
        foreach (var (period, pick, filled) in Templates)
        {
            var owing = ReportObligations.AgenciesOwing(catalog.Catalog, period);
            var agency = owing[pick >= 0 ? pick % owing.Count : owing.Count + (pick % owing.Count)];
            var obligations = ReportObligations.For(catalog.Catalog, agency, period);
            using var output = new MemoryStream();
            await ReportTemplateWriter.WriteAsync(output, catalog, obligations, filled ? AtPlan(obligations) : null, cancellationToken);
            baselines.Add(new($"ours-{(filled ? "filled" : "blank")}-{agency}-{period}", Normalized(output.ToArray()), agency));
        }

        foreach (var fixture in new[] { "openpyxl-filled-akmola-2019-H1.xlsx", "libreoffice-filled-akmola-2019-H1.xlsx", "openpyxl-report.xlsx", "libreoffice-report.xlsx" })
        {
            baselines.Add(new(Path.GetFileNameWithoutExtension(fixture), await File.ReadAllBytesAsync(HostileFiles.Fixture(fixture), cancellationToken), "akmola"));
        }

        return baselines;
    }

    /// <summary>
    /// The same package with the time it was written taken out (document property dates and zip entry times), so the
    /// mutants of a seed are the same bytes in every run.
    /// </summary>
    private static byte[] Normalized(byte[] package) => Mutants.Zip(Mutants.Entries(package).Select(e => e.Key.StartsWith("docProps/", StringComparison.Ordinal)
        ? new KeyValuePair<string, byte[]>(e.Key, Encoding.UTF8.GetBytes(Timestamp().Replace(Encoding.UTF8.GetString(e.Value), "2019-01-01T00:00:00Z")))
        : e));

    /// <summary>Every owed row at plan and executed, so the template comes back filled.</summary>
    private static ValidationResult AtPlan(ObligationsResult obligations) => new(
        obligations.Agency!.Code,
        obligations.Period!.Code,
        [],
        [.. obligations.Rows.Select((r, i) => new ReportedValue(r.Code, FirstDataRow + i, r.PlanForYear ?? 1, r.HasMoney ? r.PlanForYear ?? 0 : null, ExecutionStatus.Executed, "")
        {
            StatusText = Executed,
        })],
        ContainsClassified: false);

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?")]
    private static partial Regex Timestamp();
}
