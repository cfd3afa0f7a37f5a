using Spm.Core.Catalog;

namespace Spm.Core.Status.Dimensions;

/// <summary>A row of the <c>indicators</c> dimension. The plan per year is on each <c>indicatorstatus</c> row.</summary>
public sealed record IndicatorRow
{
    public StatusRowKey Key => new(ProgramCode, Code);

    public required string ProgramCode { get; init; }

    public required string Code { get; init; }

    public required IndicatorLevel Level { get; init; }

    /// <summary>The task of a result indicator; null for target indicators.</summary>
    public int? TaskNumber { get; init; }

    public required string NameKk { get; init; }

    /// <summary>Always empty: the catalog has only the decree's Kazakh text.</summary>
    public required string NameRu { get; init; }

    public required string Unit { get; init; }

    public required IndicatorDirection Direction { get; init; }

    public double? Baseline2017 { get; init; }

    /// <summary>The lead (<c>lea</c> when the regional akimats lead it and each reports for its region).</summary>
    public required string LeadCode { get; init; }

    /// <summary>Responsible bodies, <c>;</c>-joined in the decree's order.</summary>
    public required string ResponsibleCodes { get; init; }

    public required int ResponsibleCount { get; init; }

    public required string ByAgreementCodes { get; init; }

    public required string SourceKk { get; init; }

    /// <summary>Position in the catalog's order, from 1.</summary>
    public required int Order { get; init; }
}
