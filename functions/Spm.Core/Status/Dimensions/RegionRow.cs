namespace Spm.Core.Status.Dimensions;

/// <summary>A row of the <c>regions</c> dimension: one of the 16 oblasts and cities whose akimat reports for it.</summary>
public sealed record RegionRow
{
    /// <summary>Partition: the program; row: the region code (the same code as its akimat).</summary>
    public StatusRowKey Key => new(ProgramCode, Code);

    public required string ProgramCode { get; init; }

    public required string Code { get; init; }

    public required string NameKk { get; init; }

    public required string NameRu { get; init; }

    /// <summary>The akimat that reports for the region (an <c>agencies</c> key).</summary>
    public required string AkimatCode { get; init; }

    /// <summary>Position in the decree's order of regions, from 1.</summary>
    public required int Order { get; init; }
}
