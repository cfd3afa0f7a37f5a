using Spm.Core.Catalog;

namespace Spm.Core.Status.Dimensions;

/// <summary>A row of the <c>agencies</c> dimension: a body named in the decree, a regional akimat, or the ЖАО group.</summary>
public sealed record AgencyRow
{
    /// <summary>Partition: the program; row: the agency code (the <c>UnitCode</c> of the fact tables).</summary>
    public StatusRowKey Key => new(ProgramCode, Code);

    public required string ProgramCode { get; init; }

    public required string Code { get; init; }

    public required AgencyKind Kind { get; init; }

    /// <summary>The decree's abbreviation (for a regional akimat, the region's Kazakh name).</summary>
    public required string AbbreviationKk { get; init; }

    public required string NameKk { get; init; }

    /// <summary>Russian abbreviation (for a regional akimat, the region's Russian name); empty where unknown.</summary>
    public required string AbbreviationRu { get; init; }

    public required string NameRu { get; init; }

    /// <summary>For a regional akimat, the group it belongs to (<c>lea</c>); empty otherwise.</summary>
    public required string GroupCode { get; init; }

    /// <summary>For a regional akimat, the region it reports for (the <c>regions</c> key); empty otherwise.</summary>
    public required string RegionCode { get; init; }
}
