using System.ComponentModel.DataAnnotations;

namespace Spm.Core.Workbooks;

/// <summary>Safety limits applied while opening and reading an uploaded workbook; defaults are safe.</summary>
/// <remarks>
/// The reader streams sheets, so memory does not grow with row count; these limits bound the
/// CPU time a hostile file can cost and the parts that must be held in memory (shared strings).
/// A lower, report-specific row limit belongs to validation, not here.
/// </remarks>
public sealed record WorkbookLimits
{
    /// <summary>Configuration section the limits bind from.</summary>
    public const string SectionName = "Workbooks";

    private const long MiB = 1024 * 1024;

    /// <summary>Largest accepted upload, in bytes.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; init; } = 20 * MiB;

    /// <summary>Most entries (files) the zip container may hold.</summary>
    [Range(1, 100_000)]
    public int MaxEntries { get; init; } = 200;

    /// <summary>Largest uncompressed size of one entry, in bytes.</summary>
    [Range(1, long.MaxValue)]
    public long MaxEntryBytes { get; init; } = 200 * MiB;

    /// <summary>Largest uncompressed size of all entries together, in bytes.</summary>
    [Range(1, long.MaxValue)]
    public long MaxTotalUncompressedBytes { get; init; } = 200 * MiB;

    /// <summary>Highest uncompressed-to-compressed ratio of one entry.</summary>
    [Range(1, 10_000)]
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>Entries smaller than this are exempt from the ratio check (tiny parts compress oddly).</summary>
    [Range(0, long.MaxValue)]
    public long CompressionRatioFloorBytes { get; init; } = 1 * MiB;

    /// <summary>Most row elements one sheet may hold, blank ones included.</summary>
    [Range(1, 1_048_576)]
    public int MaxRowsPerSheet { get; init; } = 200_000;

    /// <summary>Most cell elements one sheet may hold, blank ones included.</summary>
    [Range(1, long.MaxValue)]
    public long MaxCellsPerSheet { get; init; } = 4_000_000;

    /// <summary>Longest text of one cell, shared string, comment or other text item (Excel's own cap).</summary>
    [Range(1, 10_000_000)]
    public int MaxStringLength { get; init; } = 32_767;

    /// <summary>Most entries in the shared string table, which has to be held in memory.</summary>
    [Range(1, 100_000_000)]
    public int MaxSharedStrings { get; init; } = 200_000;

    /// <summary>Most characters in the shared string table altogether.</summary>
    [Range(1, long.MaxValue)]
    public long MaxSharedStringChars { get; init; } = 20_000_000;
}
