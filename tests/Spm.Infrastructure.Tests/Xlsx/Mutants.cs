using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Spm.Infrastructure.Tests.Xlsx;

/// <summary>How a mutant was made from a valid workbook.</summary>
internal enum MutationOperator
{
    /// <summary>1–16 bits flipped anywhere in the file.</summary>
    BitFlips,

    /// <summary>The file cut short at a random byte.</summary>
    Truncation,

    /// <summary>Two zip entries exchange their contents (names stay).</summary>
    EntrySwap,

    /// <summary>One zip entry removed.</summary>
    EntryDrop,

    /// <summary>One zip entry added again, under the same name or a sibling name.</summary>
    EntryDuplicate,

    /// <summary>10 to 100,000 nested elements inserted into an XML part.</summary>
    NestingInflation,

    /// <summary>[Content_Types].xml edited: a type swapped, removed, added or retargeted.</summary>
    ContentTypeEdit,

    /// <summary>A run of 1–64 random bytes written over or into an XML part.</summary>
    RandomBytesInXml,
}

/// <summary>A valid workbook mutants start from, and the agency folder it is uploaded to.</summary>
internal sealed record MutationBaseline(string Name, byte[] Bytes, string Agency);

/// <summary>One damaged workbook: its file name, content, upload folder and how it was made.</summary>
internal sealed record Mutant(string Name, byte[] Bytes, string Agency, string Baseline, MutationOperator Operator);

/// <summary>
/// Seeded mutants of valid workbooks: mutant <c>i</c> depends only on the seed and <c>i</c> (the first 200 of 1,000 are
/// the 200), its operator is <c>i mod 8</c> and its baseline the next in turn for that operator.
/// </summary>
internal static partial class Mutants
{
    private static readonly DateTimeOffset FixedTime = new(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly MutationOperator[] Operators = Enum.GetValues<MutationOperator>();
    private static readonly int[] Depths = [10, 100, 1_000, 10_000, 100_000];
    private static readonly string[] NestedNames = ["x", "row", "c", "si", "r", "t", "is", "v"];

    private static readonly string[] ContentTypes =
    [
        "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        "application/vnd.ms-office.vbaProject",
        "application/vnd.openxmlformats-officedocument.oleObject",
        "application/vnd.openxmlformats-officedocument.drawing+xml",
        "image/png",
        "application/xml",
        "text/plain",
    ];

    public static IEnumerable<Mutant> Generate(IReadOnlyList<MutationBaseline> baselines, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(baselines);
        for (var i = 0; i < count; i++)
        {
            var random = new Random(unchecked((seed * 7919) + i) & int.MaxValue);
            var operation = Operators[i % Operators.Length];
            var baseline = baselines[(i / Operators.Length) % baselines.Count];
            var bytes = Mutate(baseline.Bytes, operation, random);
            yield return new Mutant($"{i:0000}-{operation}-{baseline.Name}", bytes, baseline.Agency, baseline.Name, operation);
        }
    }

    public static byte[] Mutate(byte[] valid, MutationOperator operation, Random random)
    {
        ArgumentNullException.ThrowIfNull(valid);
        ArgumentNullException.ThrowIfNull(random);
        return operation switch
        {
            MutationOperator.BitFlips => FlipBits(valid, random),
            MutationOperator.Truncation => valid[..random.Next(1, valid.Length)],
            MutationOperator.EntrySwap => Rezip(valid, random, SwapEntries),
            MutationOperator.EntryDrop => Rezip(valid, random, (entries, r) => entries.RemoveAt(r.Next(entries.Count))),
            MutationOperator.EntryDuplicate => Rezip(valid, random, DuplicateEntry),
            MutationOperator.NestingInflation => Rezip(valid, random, InflateNesting),
            MutationOperator.ContentTypeEdit => Rezip(valid, random, EditContentTypes),
            MutationOperator.RandomBytesInXml => Rezip(valid, random, WriteRandomBytes),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
    }

    private static byte[] FlipBits(byte[] valid, Random random)
    {
        var bytes = (byte[])valid.Clone();
        for (var n = random.Next(1, 17); n > 0; n--)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        return bytes;
    }

    private static void SwapEntries(List<KeyValuePair<string, byte[]>> entries, Random random)
    {
        var a = random.Next(entries.Count);
        var b = (a + random.Next(1, entries.Count)) % entries.Count;
        (entries[a], entries[b]) = (new(entries[a].Key, entries[b].Value), new(entries[b].Key, entries[a].Value));
    }

    private static void DuplicateEntry(List<KeyValuePair<string, byte[]>> entries, Random random)
    {
        var entry = entries[random.Next(entries.Count)];
        var name = random.Next(2) == 0 ? entry.Key : SiblingName(entry.Key);
        entries.Insert(random.Next(entries.Count + 1), new(name, entry.Value));
    }

    private static string SiblingName(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[..dot] + "9" + name[dot..] : name + "9";
    }

    private static void InflateNesting(List<KeyValuePair<string, byte[]>> entries, Random random)
    {
        var (index, xml) = XmlPart(entries, random);
        var depth = Depths[random.Next(Depths.Length)];
        var name = NestedNames[random.Next(NestedNames.Length)];
        var ends = StartTagEnd().Matches(xml);
        var end = ends.Count == 0 ? null : ends[random.Next(ends.Count)];
        var at = end is null ? xml.Length : end.Index + end.Length;
        var nested = new StringBuilder(xml.Length + (depth * ((name.Length * 2) + 5)));
        nested.Append(xml, 0, at);
        for (var i = 0; i < depth; i++)
        {
            nested.Append('<').Append(name).Append('>');
        }

        for (var i = 0; i < depth; i++)
        {
            nested.Append("</").Append(name).Append('>');
        }

        nested.Append(xml, at, xml.Length - at);
        entries[index] = new(entries[index].Key, Encoding.UTF8.GetBytes(nested.ToString()));
    }

    private static void EditContentTypes(List<KeyValuePair<string, byte[]>> entries, Random random)
    {
        var index = entries.FindIndex(e => e.Key == "[Content_Types].xml");
        if (index < 0)
        {
            WriteRandomBytes(entries, random);
            return;
        }

        var xml = Encoding.UTF8.GetString(entries[index].Value);
        var elements = ContentTypeElement().Matches(xml);
        var types = ContentTypeValue().Matches(xml);
        xml = random.Next(5) switch
        {
            // Another type for one part or extension.
            0 when types.Count > 0 => Replace(xml, types[random.Next(types.Count)], $"ContentType=\"{ContentTypes[random.Next(ContentTypes.Length)]}\""),

            // A declaration removed.
            1 when elements.Count > 0 => Replace(xml, elements[random.Next(elements.Count)], ""),

            // A declaration for a part that is not there, or an odd extension.
            2 => xml.Replace("</Types>", random.Next(2) == 0
                ? $"<Override PartName=\"/xl/extra{random.Next(10)}.bin\" ContentType=\"{ContentTypes[random.Next(ContentTypes.Length)]}\"/></Types>"
                : $"<Default Extension=\"{(random.Next(2) == 0 ? "bin" : "png")}\" ContentType=\"{ContentTypes[random.Next(ContentTypes.Length)]}\"/></Types>", StringComparison.Ordinal),

            // A declaration pointed at another part name.
            3 when elements.Count > 0 => Replace(xml, elements[random.Next(elements.Count)], elements[random.Next(elements.Count)].Value.Replace("/xl/", "/xl/x", StringComparison.Ordinal)),

            // Every declaration gone.
            _ => ContentTypeElement().Replace(xml, ""),
        };
        entries[index] = new(entries[index].Key, Encoding.UTF8.GetBytes(xml));
    }

    private static void WriteRandomBytes(List<KeyValuePair<string, byte[]>> entries, Random random)
    {
        var (index, _) = XmlPart(entries, random);
        var part = entries[index].Value;
        var run = new byte[random.Next(1, 65)];
        random.NextBytes(run);
        var at = random.Next(part.Length + 1);
        var resume = random.Next(2) == 0 ? at : Math.Min(part.Length, at + run.Length); // inserted, or written over
        byte[] bytes = [.. part.AsSpan(0, at), .. run, .. part.AsSpan(resume)];
        entries[index] = new(entries[index].Key, bytes);
    }

    private static (int Index, string Xml) XmlPart(List<KeyValuePair<string, byte[]>> entries, Random random)
    {
        var xml = entries.Select((e, i) => (e.Key, i))
            .Where(e => e.Key.EndsWith(".xml", StringComparison.Ordinal) || e.Key.EndsWith(".rels", StringComparison.Ordinal) || e.Key.EndsWith(".vml", StringComparison.Ordinal))
            .Select(e => e.i).ToList();
        var index = xml[random.Next(xml.Count)];
        return (index, Encoding.UTF8.GetString(entries[index].Value));
    }

    private static string Replace(string text, Match match, string replacement) =>
        string.Concat(text.AsSpan(0, match.Index), replacement, text.AsSpan(match.Index + match.Length));

    private static byte[] Rezip(byte[] valid, Random random, Action<List<KeyValuePair<string, byte[]>>, Random> edit)
    {
        var entries = Entries(valid);
        edit(entries, random);
        return Zip(entries);
    }

    /// <summary>Reads a package's entries in order.</summary>
    public static List<KeyValuePair<string, byte[]>> Entries(byte[] zipBytes)
    {
        var entries = new List<KeyValuePair<string, byte[]>>();
        using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries.Add(new(entry.FullName, copy.ToArray()));
        }

        return entries;
    }

    /// <summary>Zips the entries in order with a fixed time stamp, so the same entries always give the same bytes.</summary>
    public static byte[] Zip(IEnumerable<KeyValuePair<string, byte[]>> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    [GeneratedRegex("<(?!/)[^<>!?]*(?<!/)>")]
    private static partial Regex StartTagEnd();

    [GeneratedRegex("<(Override|Default)\\b[^>]*/>")]
    private static partial Regex ContentTypeElement();

    [GeneratedRegex("ContentType=\"[^\"]*\"")]
    private static partial Regex ContentTypeValue();
}
