using System.Buffers.Binary;
using System.Text;

namespace Spm.Infrastructure.Tests.Xlsx;

/// <summary>Edits zip headers in place, to make containers that lie about their entries.</summary>
internal static class ZipSurgery
{
    /// <summary>Sets the declared uncompressed size of an entry in both its local and central headers.</summary>
    public static byte[] SetDeclaredSize(byte[] zip, string entryName, uint size) =>
        Edit(zip, entryName, (bytes, central, local) =>
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(central + 24), size);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(local + 22), size);
        });

    /// <summary>Marks an entry as encrypted with traditional zip encryption (flag bit 0).</summary>
    public static byte[] SetEncryptedFlag(byte[] zip, string entryName) =>
        Edit(zip, entryName, (bytes, central, local) =>
        {
            bytes[central + 8] |= 1;
            bytes[local + 6] |= 1;
        });

    /// <summary>Overwrites the middle of an entry's compressed data with 0xFF bytes.</summary>
    public static byte[] DamageData(byte[] zip, string entryName) =>
        Edit(zip, entryName, (bytes, central, local) =>
        {
            var compressed = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(central + 20));
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(local + 26));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(local + 28));
            var data = local + 30 + nameLength + extraLength;
            bytes.AsSpan(data + (compressed / 3), Math.Max(8, compressed / 3)).Fill(0xFF);
        });

    private static byte[] Edit(byte[] zip, string entryName, Action<byte[], int, int> edit)
    {
        var bytes = (byte[])zip.Clone();
        var end = bytes.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        var count = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(end + 10));
        var central = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(end + 16));
        for (var i = 0; i < count; i++)
        {
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(central + 28));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(central + 30));
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(central + 32));
            var name = Encoding.UTF8.GetString(bytes, central + 46, nameLength);
            if (name == entryName)
            {
                var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(central + 42));
                edit(bytes, central, local);
                return bytes;
            }

            central += 46 + nameLength + extraLength + commentLength;
        }

        throw new ArgumentException($"No entry {entryName}.", nameof(entryName));
    }
}
