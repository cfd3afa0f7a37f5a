using System.Globalization;
using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;
using static Spm.Core.Reporting.ReportTemplateLayout;

namespace Spm.Infrastructure.Templates;

/// <summary>What a sample report is meant to show.</summary>
public enum SampleKind
{
    /// <summary>Every owed row filled plausibly: facts around the plan, a reason where below it.</summary>
    Clean,

    /// <summary>Like <see cref="Clean"/>, with the mistakes people make: empty facts, text where a number goes, no status.</summary>
    WithErrors,

    /// <summary>Like <see cref="Clean"/>, with a comment that names a classified measure: it must be quarantined.</summary>
    NamingClassified,
}

/// <summary>
/// Sample data for demonstrations, tests and benchmarks: an agency's own template, filled in with plausible facts by a
/// seeded generator. Never real figures; the file names made for them start with <c>sample-</c>.
/// </summary>
public static class SampleReports
{
    private static readonly string[] BelowPlanReasons =
    [
        "Іс-шара екінші жартыжылдыққа ауыстырылды / Мероприятие перенесено на второе полугодие",
        "Конкурс қайта өткізілді / Конкурс проводился повторно",
        "Қаржыландыру кешіктірілді / Финансирование поступило с задержкой",
    ];

    /// <summary>Writes the sample report of <paramref name="agency"/> for <paramref name="period"/> to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(Stream output, LoadedCatalog catalog, string agency, string period, SampleKind kind, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var obligations = ReportObligations.For(catalog.Catalog, agency, period);
        if (!obligations.Succeeded || obligations.Rows.Count == 0)
        {
            throw new ArgumentException($"{agency} owes no report for {period}.", nameof(agency));
        }

        var random = new Random(seed);
        var lowerIsBetter = catalog.Catalog.Indicators.Where(i => i.Direction == IndicatorDirection.Lower).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var values = new List<ReportedValue>();
        var row = FirstDataRow;
        foreach (var owed in obligations.Rows)
        {
            values.Add(Value(owed, row++, lowerIsBetter.Contains(owed.Code), random));
        }

        if (kind == SampleKind.WithErrors)
        {
            values[0] = values[0] with { Fact = null, FactText = "" };
            var textual = values.Count > 1 ? 1 : 0;
            values[textual] = values[textual] with { Fact = null, FactText = "шамамен 40 / около 40" };
            values[^1] = values[^1] with { Status = null, StatusText = "" };
        }
        else if (kind == SampleKind.NamingClassified)
        {
            var classified = catalog.Catalog.Measures.First(m => m.Classified).Number.ToString(CultureInfo.InvariantCulture);
            values[^1] = values[^1] with { Comment = $"Толығырақ М-{classified} іс-шарасы бойынша есепте / Подробнее в отчёте по мероприятию М-{classified}" };
        }

        var filled = new ValidationResult(agency, period, [], values, ContainsClassified: false);
        await ReportTemplateWriter.WriteAsync(output, catalog, obligations, filled, cancellationToken);
    }

    /// <summary>The sample report as bytes.</summary>
    public static async Task<byte[]> CreateAsync(LoadedCatalog catalog, string agency, string period, SampleKind kind, int seed, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await WriteAsync(buffer, catalog, agency, period, kind, seed, cancellationToken);
        return buffer.ToArray();
    }

    private static ReportedValue Value(ReportRow owed, int row, bool lowerIsBetter, Random random)
    {
        var plan = owed.PlanForYear;
        var percent = owed.Unit.Trim() == "%";

        // Four rows in five meet the plan (in the indicator's direction); the rest fall short, with a reason.
        var ratio = random.NextDouble() < 0.8 ? 1 + (random.NextDouble() * 0.15) : 0.6 + (random.NextDouble() * 0.35);
        var toward = lowerIsBetter ? 1 / ratio : ratio;
        var fact = plan is { } p ? Math.Round(p * (decimal)toward, percent ? 1 : 0) : random.Next(1, 50);
        if (percent)
        {
            fact = Math.Min(fact, 100);
        }

        decimal? spent = owed.HasMoney && plan is { } money ? Math.Round(money * (decimal)Math.Min(ratio, 1), 1) : null;
        var below = plan is { } target && (lowerIsBetter ? fact > target : fact < target);
        var status = below ? ExecutionStatus.InProgress : ExecutionStatus.Executed;
        var comment = below ? BelowPlanReasons[random.Next(BelowPlanReasons.Length)] : "";
        return new ReportedValue(owed.Code, row, fact, spent, status, comment)
        {
            StatusText = status == ExecutionStatus.Executed ? Executed : InProgress,
        };
    }
}
