using System.Buffers.Binary;

namespace Spm.Infrastructure.Xlsx;

/// <summary>Reads a zip's entry count from its end record, before ZipArchive loads every entry.</summary>
internal static class ZipDirectory
{
    private const int EndRecordLength = 22;
    private const int MaxCommentLength = ushort.MaxValue;

    /// <summary>The declared number of entries; false when the end record cannot be found (left to ZipArchive).</summary>
    public static bool TryCountEntries(Stream stream, out long count)
    {
        count = 0;
        var tailLength = (int)Math.Min(stream.Length, EndRecordLength + MaxCommentLength);
        if (tailLength < EndRecordLength)
        {
            return false;
        }

        var tail = new byte[tailLength];
        stream.Position = stream.Length - tailLength;
        stream.ReadExactly(tail);
        var end = tail.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        if (end < 0 || end + EndRecordLength > tail.Length)
        {
            return false;
        }

        count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(end + 10));
        if (count != ushort.MaxValue)
        {
            return true;
        }

        // Zip64: the real count sits in the zip64 end record that the locator before this one points to.
        var locator = end - 20;
        if (locator < 0 || !tail.AsSpan(locator).StartsWith("PK\u0006\u0007"u8))
        {
            return true;
        }

        var recordOffset = BinaryPrimitives.ReadInt64LittleEndian(tail.AsSpan(locator + 8));
        if (recordOffset < 0 || recordOffset > stream.Length - 56)
        {
            return true;
        }

        var record = new byte[56];
        stream.Position = recordOffset;
        stream.ReadExactly(record);
        if (record.AsSpan().StartsWith("PK\u0006\u0006"u8))
        {
            var total = BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(32));
            count = total > long.MaxValue ? long.MaxValue : (long)total;
        }

        return true;
    }
}
