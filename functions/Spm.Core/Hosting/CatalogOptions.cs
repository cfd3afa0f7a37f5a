namespace Spm.Core.Hosting;

/// <summary>Which program catalog the system runs on: the embedded 2018–2022 one, or a file (the next program).</summary>
public sealed class CatalogOptions
{
    public const string SectionName = "Catalog";

    /// <summary>Path of a catalog JSON file; empty for the embedded catalog.</summary>
    public string? Path { get; set; }
}
