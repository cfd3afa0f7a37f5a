using System.Buffers.Binary;
using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Xlsx;

/// <summary>A region of a zip file that is neither an entry nor the zip's own bookkeeping, and what it is.</summary>
internal readonly record struct ZipRegion(string What, long Offset, int Length);

/// <summary>
/// Accounts for every byte of a zip that <see cref="System.IO.Compression.ZipArchive"/> opened: local headers and
/// entry data (with data descriptors), the central directory and the end records. Whatever else a file carries is
/// stored with it but read by no part reader — bytes before, between or after the entries, the archive comment,
/// entry comments, extra fields that hold text — and is returned, so that the file is not kept unread.
/// </summary>
/// <remarks>
/// Excel pads local headers with an extra field of zeros (0xA220); LibreOffice, Google Sheets and Apache POI write
/// data descriptors (POI's are 24 bytes). Neither holds text, so real saves have nothing to report.
/// </remarks>
internal static class ZipLayout
{
    private const int LocalHeaderLength = 30;
    private const int CentralHeaderLength = 46;
    private const int EndRecordLength = 22;
    private const int Zip64LocatorLength = 20;
    private const int Zip64RecordLength = 56;
    private const ushort Zip64ExtraId = 0x0001;
    private const uint Saturated = uint.MaxValue;

    private static readonly int[] DescriptorLengths = [12, 16, 20, 24];

    /// <summary>Regions that are not part of any entry; a zip whose layout cannot be followed is one region at offset 0.</summary>
    public static List<ZipRegion> Unaccounted(Stream zip)
    {
        try
        {
            return Walk(zip) ?? [new ZipRegion("The zip's layout cannot be followed from its directory.", 0, 0)];
        }
        catch (Exception exception) when (exception is EndOfStreamException or ArgumentOutOfRangeException)
        {
            return [new ZipRegion("The zip's directory points past the end of the file.", 0, 0)];
        }
    }

    /// <summary>The problem to report for a region: something outside the known shape of a report.</summary>
    public static WorkbookProblem Problem(ZipRegion region) =>
        WorkbookProblem.PartNotAllowed(PackageFeature.Unknown, FormattableString.Invariant($"{region.What} ({region.Length} bytes at offset {region.Offset})."));

    private static List<ZipRegion>? Walk(Stream zip)
    {
        var length = zip.Length;
        var tailLength = (int)Math.Min(length, EndRecordLength + ushort.MaxValue);
        var tail = Read(zip, length - tailLength, tailLength);
        var end = tail.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        if (end < 0 || end + EndRecordLength > tail.Length)
        {
            return null;
        }

        var found = new List<ZipRegion>();
        var endOffset = length - tailLength + end;
        var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(end + 20));
        var used = new List<(long Start, long End)> { (endOffset, endOffset + EndRecordLength + commentLength) };
        if (commentLength > 0)
        {
            found.Add(new ZipRegion("A zip archive comment", endOffset + EndRecordLength, commentLength));
        }

        long entries = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(end + 10));
        long directorySize = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(end + 12));
        long directoryOffset = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(end + 16));
        if (end >= Zip64LocatorLength && tail.AsSpan(end - Zip64LocatorLength).StartsWith("PK\u0006\u0007"u8))
        {
            var recordOffset = BinaryPrimitives.ReadInt64LittleEndian(tail.AsSpan(end - Zip64LocatorLength + 8));
            if (recordOffset < 0 || recordOffset > length - Zip64RecordLength)
            {
                return null;
            }

            var record = Read(zip, recordOffset, Zip64RecordLength);
            if (!record.AsSpan().StartsWith("PK\u0006\u0006"u8))
            {
                return null;
            }

            entries = BinaryPrimitives.ReadInt64LittleEndian(record.AsSpan(32));
            directorySize = BinaryPrimitives.ReadInt64LittleEndian(record.AsSpan(40));
            directoryOffset = BinaryPrimitives.ReadInt64LittleEndian(record.AsSpan(48));
            used.Add((recordOffset, recordOffset + 12 + BinaryPrimitives.ReadInt64LittleEndian(record.AsSpan(4))));
            used.Add((endOffset - Zip64LocatorLength, endOffset));
        }

        if (directoryOffset < 0 || directorySize < 0 || directorySize > length || directoryOffset > length - directorySize)
        {
            return null;
        }

        used.Add((directoryOffset, directoryOffset + directorySize));
        var descriptorsAt = new HashSet<long>();
        if (!WalkDirectory(zip, directoryOffset, Read(zip, directoryOffset, (int)directorySize), entries, found, used, descriptorsAt))
        {
            return null;
        }

        used.Sort();
        var position = 0L;
        foreach (var (start, stop) in used)
        {
            if (start < position)
            {
                return null;
            }

            if (start > position && !IsDescriptor(zip, position, start - position, descriptorsAt))
            {
                found.Add(new ZipRegion(position == 0 ? "Bytes before the zip's first entry" : "Bytes between the zip's entries", position, (int)(start - position)));
            }

            position = stop;
        }

        if (position < length)
        {
            found.Add(new ZipRegion("Bytes after the end of the zip", position, (int)(length - position)));
        }

        return found;
    }

    private static bool WalkDirectory(
        Stream zip, long directoryOffset, byte[] directory, long entries, List<ZipRegion> found, List<(long Start, long End)> used, HashSet<long> descriptorsAt)
    {
        var at = 0;
        for (var i = 0L; i < entries; i++)
        {
            if (at > directory.Length - CentralHeaderLength || !directory.AsSpan(at).StartsWith("PK\u0001\u0002"u8))
            {
                return false;
            }

            var header = directory.AsSpan(at);
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(header[8..]);
            long compressed = BinaryPrimitives.ReadUInt32LittleEndian(header[20..]);
            var uncompressedSaturated = BinaryPrimitives.ReadUInt32LittleEndian(header[24..]) == Saturated;
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[30..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            long localOffset = BinaryPrimitives.ReadUInt32LittleEndian(header[42..]);
            if (at + CentralHeaderLength + nameLength + extraLength + commentLength > directory.Length)
            {
                return false;
            }

            var extra = directory.AsMemory(at + CentralHeaderLength + nameLength, extraLength);
            if (!Zip64Values(extra.Span, uncompressedSaturated, ref compressed, ref localOffset))
            {
                return false;
            }

            var directoryAt = directoryOffset + at;
            if (commentLength > 0)
            {
                found.Add(new ZipRegion("A zip entry comment", directoryAt + CentralHeaderLength + nameLength + extraLength, commentLength));
            }

            if (HoldsText(extra))
            {
                found.Add(new ZipRegion("A zip extra field that holds text", directoryAt + CentralHeaderLength + nameLength, extraLength));
            }

            if (localOffset < 0 || localOffset > zip.Length - LocalHeaderLength)
            {
                return false;
            }

            var local = Read(zip, localOffset, LocalHeaderLength);
            if (!local.AsSpan().StartsWith("PK\u0003\u0004"u8))
            {
                return false;
            }

            var localNameLength = BinaryPrimitives.ReadUInt16LittleEndian(local.AsSpan(26));
            var localExtraLength = BinaryPrimitives.ReadUInt16LittleEndian(local.AsSpan(28));
            var localExtraOffset = localOffset + LocalHeaderLength + localNameLength;
            if (localExtraLength > 0 && HoldsText(Read(zip, localExtraOffset, localExtraLength)))
            {
                found.Add(new ZipRegion("A zip extra field that holds text", localExtraOffset, localExtraLength));
            }

            var dataEnd = localExtraOffset + localExtraLength + compressed;
            used.Add((localOffset, dataEnd));
            if ((flags & 0x8) != 0)
            {
                descriptorsAt.Add(dataEnd);
            }

            at += CentralHeaderLength + nameLength + extraLength + commentLength;
        }

        return true;
    }

    /// <summary>Applies the zip64 extra field: 64-bit sizes and offset in place of saturated 32-bit ones, in the order the format gives.</summary>
    private static bool Zip64Values(ReadOnlySpan<byte> extra, bool uncompressedSaturated, ref long compressed, ref long localOffset)
    {
        while (extra.Length >= 4)
        {
            var id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            var size = BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]);
            if (4 + size > extra.Length)
            {
                return true;
            }

            if (id == Zip64ExtraId)
            {
                var values = extra.Slice(4, size);
                var next = 0;
                if (uncompressedSaturated)
                {
                    next += 8;
                }

                if (compressed == Saturated && next + 8 <= values.Length)
                {
                    compressed = BinaryPrimitives.ReadInt64LittleEndian(values[next..]);
                    next += 8;
                }

                if (localOffset == Saturated && next + 8 <= values.Length)
                {
                    localOffset = BinaryPrimitives.ReadInt64LittleEndian(values[next..]);
                }

                return compressed >= 0 && localOffset >= 0;
            }

            extra = extra[(4 + size)..];
        }

        return true;
    }

    /// <summary>A data descriptor after an entry that announced one: 12 to 24 bytes, with or without its signature.</summary>
    private static bool IsDescriptor(Stream zip, long offset, long length, HashSet<long> descriptorsAt) =>
        descriptorsAt.Contains(offset) && DescriptorLengths.Contains((int)length)
        && (length is 12 or 20 || Read(zip, offset, 4).AsSpan().SequenceEqual("PK\u0007\u0008"u8));

    private static bool HoldsText(ReadOnlyMemory<byte> bytes) => bytes.Length > 0 && BinaryText.Runs(bytes).Any();

    private static byte[] Read(Stream stream, long offset, int count)
    {
        var buffer = new byte[count];
        stream.Position = offset;
        stream.ReadExactly(buffer);
        return buffer;
    }
}
