using System.Buffers.Binary;
using System.Text;
using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Xlsx;

/// <summary>
/// Tells a legacy .xls from an encrypted .xlsx: both are OLE compound files, and only the names
/// of their streams differ (Workbook/Book versus EncryptionInfo/EncryptedPackage).
/// </summary>
internal static class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const int MaxNames = 10_000;

    /// <summary>The finding for an OLE compound file, chosen from its directory.</summary>
    public static WorkbookProblem Classify(Stream stream)
    {
        HashSet<string> names;
        try
        {
            names = ReadDirectoryNames(stream);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
        {
            // A damaged directory: fall back to looking for the stream name anywhere in the file.
            return ContainsUtf16(stream, "EncryptedPackage")
                ? WorkbookProblem.Encrypted("OLE container with an EncryptedPackage stream (directory unreadable).")
                : WorkbookProblem.LegacyXls("OLE container with an unreadable directory; assumed to be a legacy .xls.");
        }

        if (names.Contains("EncryptedPackage") || names.Contains("EncryptionInfo"))
        {
            return WorkbookProblem.Encrypted("OLE container with EncryptionInfo/EncryptedPackage streams: an encrypted OOXML workbook.");
        }

        if (names.Contains("Workbook") || names.Contains("Book"))
        {
            return WorkbookProblem.LegacyXls("OLE container with a Workbook stream: a BIFF .xls workbook.");
        }

        return WorkbookProblem.NotZip("OLE");
    }

    /// <summary>Reads the names in the compound file directory, with every offset and chain bounded.</summary>
    internal static HashSet<string> ReadDirectoryNames(Stream stream)
    {
        var header = new byte[512];
        ReadAt(stream, 0, header);
        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x1E));
        if (sectorShift is not (9 or 12))
        {
            throw new InvalidDataException("Unexpected sector size.");
        }

        var sectorSize = 1 << sectorShift;
        var sectorCount = (stream.Length + sectorSize - 1) / sectorSize;
        var fatSectorCount = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x2C));
        var firstDirectorySector = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x30));
        var firstDifatSector = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x44));
        if (fatSectorCount > sectorCount)
        {
            throw new InvalidDataException("FAT larger than the file.");
        }

        var fatSectors = new List<uint>();
        for (var i = 0; i < 109 && fatSectors.Count < fatSectorCount; i++)
        {
            fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x4C + (i * 4))));
        }

        var sector = new byte[sectorSize];
        var difat = firstDifatSector;
        for (var hops = 0; fatSectors.Count < fatSectorCount && difat < EndOfChain; hops++)
        {
            if (hops > sectorCount)
            {
                throw new InvalidDataException("DIFAT chain loops.");
            }

            ReadSector(stream, difat, sector, sectorCount);
            for (var i = 0; i < (sectorSize / 4) - 1 && fatSectors.Count < fatSectorCount; i++)
            {
                fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(sector.AsSpan(i * 4)));
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(sector.AsSpan(sectorSize - 4));
        }

        var fat = new uint[fatSectors.Count * (sectorSize / 4)];
        for (var i = 0; i < fatSectors.Count; i++)
        {
            ReadSector(stream, fatSectors[i], sector, sectorCount);
            for (var j = 0; j < sectorSize / 4; j++)
            {
                fat[(i * (sectorSize / 4)) + j] = BinaryPrimitives.ReadUInt32LittleEndian(sector.AsSpan(j * 4));
            }
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var current = firstDirectorySector;
        for (var hops = 0; current < EndOfChain && names.Count < MaxNames; hops++)
        {
            if (hops > sectorCount || current >= fat.Length)
            {
                throw new InvalidDataException("Directory chain is broken.");
            }

            ReadSector(stream, current, sector, sectorCount);
            for (var offset = 0; offset + 128 <= sectorSize; offset += 128)
            {
                var entry = sector.AsSpan(offset, 128);
                var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(entry[64..]);
                if (entry[66] is 1 or 2 or 5 && nameLength is >= 2 and <= 64 && nameLength % 2 == 0)
                {
                    names.Add(Encoding.Unicode.GetString(entry[..(nameLength - 2)]));
                }
            }

            current = fat[current];
        }

        return names;
    }

    private static void ReadSector(Stream stream, uint sector, byte[] buffer, long sectorCount)
    {
        if (sector >= sectorCount)
        {
            throw new InvalidDataException("Sector outside the file.");
        }

        ReadAt(stream, (sector + 1L) * buffer.Length, buffer);
    }

    private static void ReadAt(Stream stream, long offset, byte[] buffer)
    {
        stream.Position = offset;
        stream.ReadExactly(buffer);
    }

    private static bool ContainsUtf16(Stream stream, string name)
    {
        var needle = Encoding.Unicode.GetBytes(name);
        var buffer = new byte[64 * 1024];
        stream.Position = 0;
        var carry = 0;
        int read;
        while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0)
        {
            var filled = carry + read;
            if (buffer.AsSpan(0, filled).IndexOf(needle) >= 0)
            {
                return true;
            }

            carry = Math.Min(needle.Length - 1, filled);
            buffer.AsSpan(filled - carry, carry).CopyTo(buffer);
        }

        return false;
    }
}
