using System.Buffers.Binary;
using System.IO.Compression;

namespace Spm.Integration.Tests.Browser;

/// <summary>A decoded PNG (8-bit RGB or RGBA, not interlaced: what Chromium writes), enough to look at its pixels.</summary>
internal sealed class PngImage
{
    private readonly byte[] pixels;
    private readonly int channels;

    private PngImage(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        this.channels = channels;
        this.pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public (byte R, byte G, byte B) this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * channels;
            return (pixels[i], pixels[i + 1], pixels[i + 2]);
        }
    }

    public static PngImage Read(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (file.Length < 8 || !file.AsSpan(0, 8).SequenceEqual(signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var offset = 8; offset < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(file, offset + 4, 4);
            var data = file.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                var (depth, colour, interlace) = (data[8], data[9], data[12]);
                channels = colour switch { 2 => 3, 6 => 4, _ => 0 };
                if (depth != 8 || channels == 0 || interlace != 0)
                {
                    throw new InvalidDataException($"Unsupported PNG: bit depth {depth}, colour type {colour}, interlace {interlace}.");
                }
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }
            else if (type == "IEND")
            {
                break;
            }

            offset += 12 + length;
        }

        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        return new PngImage(width, height, channels, Unfilter(raw.ToArray(), width, height, channels));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var result = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var current = result.AsSpan(y * stride, stride);
            var previous = y == 0 ? new byte[stride] : result.AsSpan((y - 1) * stride, stride);
            for (var x = 0; x < stride; x++)
            {
                int a = x >= bpp ? current[x - bpp] : 0, b = previous[x], c = x >= bpp ? previous[x - bpp] : 0;
                current[x] = (byte)(line[x] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"PNG filter {filter}."),
                });
            }
        }

        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
