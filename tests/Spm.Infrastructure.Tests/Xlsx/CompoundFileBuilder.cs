using System.Buffers.Binary;
using System.Text;

namespace Spm.Infrastructure.Tests.Xlsx;

/// <summary>
/// Writes a minimal but valid OLE compound file (version 3, 512-byte sectors) whose streams
/// are each at least 4 KiB, so no mini stream is needed. Used for an "encrypted xlsx": the
/// container Excel wraps around a password-protected workbook, with EncryptionInfo and
/// EncryptedPackage streams. Checked once with python3-olefile and msoffcrypto-tool -t.
/// </summary>
internal static class CompoundFileBuilder
{
    private const int SectorSize = 512;
    private const uint Free = 0xFFFFFFFF;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;

    public static byte[] EncryptedWorkbook()
    {
        // An agile EncryptionInfo: version 4.4, flags 0x40, then the XML descriptor, padded with
        // spaces (legal after the root element) to 4 KiB so it needs no mini stream.
        var random = new Random(7);
        string Base64(int length)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            return Convert.ToBase64String(bytes);
        }

        const string Cipher = "blockSize=\"16\" keyBits=\"256\" hashSize=\"64\" cipherAlgorithm=\"AES\" cipherChaining=\"ChainingModeCBC\" hashAlgorithm=\"SHA512\"";
        var descriptor = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            + "<encryption xmlns=\"http://schemas.microsoft.com/office/2006/encryption\" xmlns:p=\"http://schemas.microsoft.com/office/2006/keyEncryptor/password\">"
            + $"<keyData saltSize=\"16\" {Cipher} saltValue=\"{Base64(16)}\"/>"
            + $"<dataIntegrity encryptedHmacKey=\"{Base64(64)}\" encryptedHmacValue=\"{Base64(64)}\"/>"
            + "<keyEncryptors><keyEncryptor uri=\"http://schemas.microsoft.com/office/2006/keyEncryptor/password\">"
            + $"<p:encryptedKey spinCount=\"100000\" saltSize=\"16\" {Cipher} saltValue=\"{Base64(16)}\" encryptedVerifierHashInput=\"{Base64(16)}\" "
            + $"encryptedVerifierHashValue=\"{Base64(64)}\" encryptedKeyValue=\"{Base64(32)}\"/></keyEncryptor></keyEncryptors></encryption>";
        var info = new byte[4096];
        info.AsSpan(8).Fill((byte)' ');
        BinaryPrimitives.WriteUInt16LittleEndian(info, 4);
        BinaryPrimitives.WriteUInt16LittleEndian(info.AsSpan(2), 4);
        BinaryPrimitives.WriteUInt32LittleEndian(info.AsSpan(4), 0x40);
        Encoding.UTF8.GetBytes(descriptor).CopyTo(info.AsSpan(8));
        var package = new byte[4096];
        random.NextBytes(package);
        BinaryPrimitives.WriteUInt64LittleEndian(package, 9688); // the size of the workbook it would decrypt to
        return Build(("EncryptionInfo", info), ("EncryptedPackage", package));
    }

    /// <summary>Builds a compound file holding the given streams under the root storage.</summary>
    public static byte[] Build(params (string Name, byte[] Content)[] streams)
    {
        var sectors = new List<byte[]>();
        var fat = new List<uint> { FatSector, EndOfChain };
        var starts = new List<uint>();
        foreach (var (_, content) in streams)
        {
            var count = (content.Length + SectorSize - 1) / SectorSize;
            starts.Add((uint)(fat.Count));
            for (var i = 0; i < count; i++)
            {
                fat.Add(i == count - 1 ? EndOfChain : (uint)(fat.Count + 1));
                var sector = new byte[SectorSize];
                content.AsSpan(i * SectorSize, Math.Min(SectorSize, content.Length - (i * SectorSize))).CopyTo(sector);
                sectors.Add(sector);
            }
        }

        if (fat.Count > SectorSize / 4 || streams.Length > 3)
        {
            throw new ArgumentException("Too much content for a one-sector FAT and directory.", nameof(streams));
        }

        var fatSector = new byte[SectorSize];
        for (var i = 0; i < SectorSize / 4; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(fatSector.AsSpan(i * 4), i < fat.Count ? fat[i] : Free);
        }

        // Siblings in a simple chain ordered as the directory requires: shorter names first.
        var ordered = Enumerable.Range(0, streams.Length)
            .OrderBy(i => streams[i].Name.Length).ThenBy(i => streams[i].Name.ToUpperInvariant(), StringComparer.Ordinal).ToList();
        var directory = new byte[SectorSize];
        WriteEntry(directory.AsSpan(0, 128), "Root Entry", 5, Free, Free, streams.Length > 0 ? (uint)(ordered[0] + 1) : Free, EndOfChain, 0);
        for (var i = 0; i < streams.Length; i++)
        {
            var position = ordered.IndexOf(i);
            var right = position + 1 < ordered.Count ? (uint)(ordered[position + 1] + 1) : Free;
            WriteEntry(directory.AsSpan((i + 1) * 128, 128), streams[i].Name, 2, Free, right, Free, starts[i], streams[i].Content.Length);
        }

        for (var i = streams.Length + 1; i < 4; i++)
        {
            WriteEntry(directory.AsSpan(i * 128, 128), string.Empty, 0, Free, Free, Free, 0, 0);
        }

        var header = new byte[SectorSize];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x18), 0x003E);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x1A), 0x0003);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x1C), 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x1E), 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x20), 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x2C), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x30), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x38), 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x3C), EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x44), EndOfChain);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x4C + (i * 4)), i == 0 ? 0 : Free);
        }

        using var file = new MemoryStream();
        file.Write(header);
        file.Write(fatSector);
        file.Write(directory);
        foreach (var sector in sectors)
        {
            file.Write(sector);
        }

        return file.ToArray();
    }

    private static void WriteEntry(Span<byte> entry, string name, byte type, uint left, uint right, uint child, uint start, long size)
    {
        if (name.Length > 0)
        {
            Encoding.Unicode.GetBytes(name).CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)((name.Length + 1) * 2));
        }

        entry[66] = type;
        entry[67] = 1; // black
        BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], left);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], right);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], start);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[120..], (ulong)size);
    }
}
