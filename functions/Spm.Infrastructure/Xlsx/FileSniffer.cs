namespace Spm.Infrastructure.Xlsx;

/// <summary>What the first bytes of an upload say it is.</summary>
internal enum FileSignature
{
    Zip,
    CompoundFile,
    Other,
}

/// <summary>Recognises a file by its magic bytes before anything tries to parse it.</summary>
internal static class FileSniffer
{
    /// <summary>Bytes worth reading from the start of a file to sniff it.</summary>
    public const int HeadLength = 512;

    private static ReadOnlySpan<byte> CompoundFileMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Classifies the head of a file; <paramref name="label"/> is a short language-neutral name for messages.</summary>
    public static FileSignature Sniff(ReadOnlySpan<byte> head, out string label)
    {
        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8))
        {
            label = "ZIP";
            return FileSignature.Zip;
        }

        if (head.StartsWith(CompoundFileMagic))
        {
            label = "OLE";
            return FileSignature.CompoundFile;
        }

        label = Label(head);
        return FileSignature.Other;
    }

    private static string Label(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return "empty";
        }

        (byte[] Magic, string Label)[] known =
        [
            ("%PDF"u8.ToArray(), "PDF"),
            ("MZ"u8.ToArray(), "EXE"),
            ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "ELF"),
            ("{\\rtf"u8.ToArray(), "RTF"),
            ([0x89, (byte)'P', (byte)'N', (byte)'G'], "PNG"),
            ([0xFF, 0xD8, 0xFF], "JPEG"),
            ("GIF8"u8.ToArray(), "GIF"),
            ("Rar!"u8.ToArray(), "RAR"),
            ([(byte)'7', (byte)'z', 0xBC, 0xAF], "7z"),
            ([0x1F, 0x8B], "GZIP"),
        ];
        foreach (var (magic, label) in known)
        {
            if (head.StartsWith(magic))
            {
                return label;
            }
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "CSV/text";
        }

        var text = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        if (text.IndexOf((byte)0) >= 0)
        {
            return "binary";
        }

        // Text in any 8-bit encoding (a CSV saved from Excel in a Russian locale is Windows-1251) has no control bytes.
        foreach (var b in text)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0C))
            {
                return "binary";
            }
        }

        var trimmed = text.TrimStart(" \t\r\n"u8);
        return trimmed.StartsWith("<"u8) ? "XML/HTML" : "CSV/text";
    }
}
