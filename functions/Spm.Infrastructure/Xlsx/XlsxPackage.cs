using System.IO.Compression;
using System.Xml;
using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Xlsx;

/// <summary>A relationship from one package part to another, its target resolved to a part name.</summary>
internal sealed record PartRelationship(string Id, string Type, string Target, bool IsExternal)
{
    /// <summary>Relationship types end in the same name in transitional and strict OOXML.</summary>
    public bool IsOfType(string name) => Type.EndsWith('/' + name, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The zip container of an xlsx after its entries passed the safety checks that make reading it safe at all: entry
/// count, sizes, compression ratios, zip encryption, duplicate names. Opens parts as guarded XML. What the package
/// holds (macros, images, anything outside a report's shape) is judged separately by <see cref="PackageShape"/>.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    public const string ContentTypesPart = "[Content_Types].xml";

    private const int MaxListedItems = 100_000;

    /// <summary>Deepest element nesting accepted; real parts stay well under 40.</summary>
    public const int MaxDepth = 256;

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly int _maxTokenBytes;

    private XlsxPackage(ZipArchive zip, Dictionary<string, ZipArchiveEntry> entries, WorkbookLimits limits)
    {
        _zip = zip;
        _entries = entries;
        Limits = limits;
        _maxTokenBytes = (int)Math.Clamp(limits.MaxStringLength * 16L, 1024 * 1024, int.MaxValue / 2);
    }

    public WorkbookLimits Limits { get; }

    /// <summary>Part names (no leading slash), sorted.</summary>
    public IEnumerable<string> PartNames => _entries.Keys.Order(StringComparer.Ordinal);

    /// <summary>Checks every entry of the zip and returns the package, or throws a rejection.</summary>
    public static XlsxPackage Open(ZipArchive zip, WorkbookLimits limits)
    {
        var entries = zip.Entries;
        if (entries.Count > limits.MaxEntries)
        {
            throw Reject(WorkbookProblem.ZipBomb(FormattableString.Invariant($"{entries.Count} entries; the limit is {limits.MaxEntries}.")));
        }

        var byName = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        long total = 0;
        foreach (var entry in entries)
        {
            var name = NormalizeName(entry.FullName);
            if (name.Length == 0 || name.EndsWith('/'))
            {
                continue;
            }

            // Two entries with one name let different readers see different content.
            if (!byName.TryAdd(name, entry))
            {
                throw Reject(WorkbookProblem.CorruptZip("Duplicate entry name.") with { Part = name });
            }

            if (entry.IsEncrypted)
            {
                throw Reject(WorkbookProblem.Encrypted("Zip entry uses zip encryption.") with { Part = name });
            }

            CheckSizes(entry, name, limits);
            total += entry.Length;
            if (total > limits.MaxTotalUncompressedBytes)
            {
                throw Reject(WorkbookProblem.ZipBomb(FormattableString.Invariant(
                    $"Entries declare more than {limits.MaxTotalUncompressedBytes} bytes uncompressed.")));
            }
        }

        return new XlsxPackage(zip, byName, limits);
    }

    public bool Contains(string part) => _entries.ContainsKey(part);

    /// <summary>Opens a part as an XmlReader with DTDs prohibited, no resolver and the guard stream underneath.</summary>
    public XmlReader OpenXml(string part, XmlNameTable? names = null)
    {
        if (!_entries.TryGetValue(part, out var entry))
        {
            throw Reject(WorkbookProblem.Corrupt("A part the workbook refers to is missing.") with { Part = part });
        }

        var maxBytes = Math.Min(entry.Length, Limits.MaxEntryBytes);
        var stream = new GuardedPartStream(entry.Open(), part, maxBytes, _maxTokenBytes, Limits.MaxStringLength);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,

            // Lenient about characters XML 1.0 forbids: some writers leave control characters in text.
            CheckCharacters = false,
            CloseInput = true,
            NameTable = names,
        };
        return new DepthLimitedXmlReader(XmlReader.Create(stream, settings), part, MaxDepth);
    }

    /// <summary>The part's bytes, up to the entry limit (for the few binary parts that are screened).</summary>
    public byte[] ReadBytes(string part)
    {
        if (!_entries.TryGetValue(part, out var entry))
        {
            throw Reject(WorkbookProblem.Corrupt("A part the workbook refers to is missing.") with { Part = part });
        }

        var maxBytes = Math.Min(entry.Length, Limits.MaxEntryBytes);
        using var stream = new GuardedPartStream(entry.Open(), part, maxBytes, int.MaxValue, Limits.MaxStringLength, lex: false);
        using var copy = new MemoryStream((int)Math.Min(maxBytes, 16 * 1024 * 1024));
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Whether a part starts like XML (UTF-8 with or without a byte order mark, or UTF-16), for parts of unknown type.</summary>
    public bool LooksLikeXml(string part)
    {
        if (!_entries.TryGetValue(part, out var entry))
        {
            return false;
        }

        Span<byte> head = stackalloc byte[64];
        int read;
        using (var stream = entry.Open())
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        var text = head[..read];
        if (text.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || text.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }

        text = text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? text[3..] : text;
        text = text.TrimStart(" \t\r\n"u8);
        return text.Length > 0 && text[0] == (byte)'<';
    }

    /// <summary>The relationships of a part (empty for none); pass "" for the package root.</summary>
    public IReadOnlyList<PartRelationship> ReadRelationships(string sourcePart)
    {
        var relsPart = RelationshipsPartOf(sourcePart);
        var relationships = new List<PartRelationship>();
        if (!Contains(relsPart))
        {
            return relationships;
        }

        using var xml = OpenXml(relsPart);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Relationship")
            {
                continue;
            }

            if (relationships.Count >= MaxListedItems)
            {
                throw Reject(WorkbookProblem.Corrupt("Too many relationships.") with { Part = relsPart });
            }

            var id = xml.GetAttribute("Id") ?? string.Empty;
            var type = xml.GetAttribute("Type") ?? string.Empty;
            var target = xml.GetAttribute("Target") ?? string.Empty;
            var external = string.Equals(xml.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
            relationships.Add(new PartRelationship(id, type, external ? target : Resolve(sourcePart, target), external));
        }

        return relationships;
    }

    /// <summary>Content types by part name, from [Content_Types].xml (overrides, then extension defaults).</summary>
    public Func<string, string?> ReadContentTypes()
    {
        var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using (var xml = OpenXml(ContentTypesPart))
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (defaults.Count + overrides.Count >= MaxListedItems)
                {
                    throw Reject(WorkbookProblem.Corrupt("Too many content types.") with { Part = ContentTypesPart });
                }

                var type = xml.GetAttribute("ContentType");
                if (type is null)
                {
                    continue;
                }

                if (xml.LocalName == "Default" && xml.GetAttribute("Extension") is { } extension)
                {
                    defaults[extension] = type;
                }
                else if (xml.LocalName == "Override" && xml.GetAttribute("PartName") is { } partName)
                {
                    overrides[NormalizeName(Uri.UnescapeDataString(partName))] = type;
                }
            }
        }

        return part => overrides.TryGetValue(part, out var type) ? type
            : defaults.GetValueOrDefault(Path.GetExtension(part).TrimStart('.'));
    }

    public void Dispose() => _zip.Dispose();

    /// <summary>The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels.</summary>
    public static string RelationshipsPartOf(string part)
    {
        var slash = part.LastIndexOf('/');
        return slash < 0 ? $"_rels/{part}.rels" : $"{part[..(slash + 1)]}_rels/{part[(slash + 1)..]}.rels";
    }

    /// <summary>Resolves a relationship target against its source part into a part name.</summary>
    public static string Resolve(string sourcePart, string target)
    {
        target = Uri.UnescapeDataString(target.Replace('\\', '/'));
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            target = target[..hash];
        }

        var path = target.StartsWith('/')
            ? target
            : sourcePart[..(sourcePart.LastIndexOf('/') + 1)] + target;
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(segment);
        }

        return string.Join('/', segments);
    }

    internal static XlsxRejectedException Reject(WorkbookProblem problem) => new(problem);

    private static string NormalizeName(string name) => name.Replace('\\', '/').TrimStart('/');

    private static void CheckSizes(ZipArchiveEntry entry, string name, WorkbookLimits limits)
    {
        var declared = entry.Length;
        var compressed = entry.CompressedLength;
        if (declared > limits.MaxEntryBytes)
        {
            var detail = FormattableString.Invariant($"Entry declares {declared} bytes uncompressed; the limit is {limits.MaxEntryBytes}.");
            throw Reject(WorkbookProblem.ZipBomb(detail) with { Part = name });
        }

        if (declared > limits.CompressionRatioFloorBytes && declared > compressed * limits.MaxCompressionRatio)
        {
            var detail = FormattableString.Invariant($"Entry compresses {declared}:{compressed}, over {limits.MaxCompressionRatio}:1.");
            throw Reject(WorkbookProblem.ZipBomb(detail) with { Part = name });
        }

        // Deflate never grows data by more than a few bytes per block: a smaller declared size is a lie.
        if (compressed > declared + (declared / 100) + 1024)
        {
            var detail = FormattableString.Invariant($"Entry declares {declared} bytes uncompressed but holds {compressed} compressed.");
            throw Reject(WorkbookProblem.ZipBomb(detail) with { Part = name });
        }
    }
}
