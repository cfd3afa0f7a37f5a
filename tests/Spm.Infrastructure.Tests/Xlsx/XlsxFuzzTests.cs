using System.IO.Compression;
using System.Text;
using static Spm.Infrastructure.Tests.Xlsx.Workbooks;

namespace Spm.Infrastructure.Tests.Xlsx;

/// <summary>Damaged variants of real files must give findings or nothing, never an exception.</summary>
public class XlsxFuzzTests
{
    private const int Iterations = 300;
    private static readonly string[] Sources = ["libreoffice-report.xlsx", "openpyxl-report.xlsx"];
    private static readonly char[] Noise = ['<', '>', '"', '\'', '/', '&', ';', '=', '!', '?', 'x', '0', '9', ' ', '\0', 'ы', '\uFFFF', '_'];

    [Fact]
    public void Read_RandomByteDamage_NeverThrows()
    {
        for (var seed = 0; seed < Iterations; seed++)
        {
            var random = new Random(seed);
            var bytes = File.ReadAllBytes(HostileFiles.Fixture(Sources[seed % Sources.Length]));
            bytes = (seed % 3) switch
            {
                0 => Flip(bytes, random),
                1 => bytes[..random.Next(bytes.Length)],
                _ => Overwrite(bytes, random),
            };

            _ = AllProblems(bytes);
        }
    }

    [Fact]
    public void Read_DamagedCompoundFileHeader_NeverThrows()
    {
        var sources = new[] { File.ReadAllBytes(HostileFiles.Fixture("libreoffice-legacy.xls")), CompoundFileBuilder.EncryptedWorkbook() };
        for (var seed = 0; seed < Iterations; seed++)
        {
            var random = new Random(seed);
            var bytes = (byte[])sources[seed % sources.Length].Clone();
            for (var i = random.Next(1, 8); i > 0; i--)
            {
                // Past the 8-byte signature, into the header, FAT and directory.
                bytes[random.Next(8, 2048)] ^= (byte)random.Next(1, 256);
            }

            _ = AllProblems(bytes);
        }
    }

    [Fact]
    public void Read_RandomXmlDamage_NeverThrows()
    {
        for (var seed = 0; seed < Iterations; seed++)
        {
            var random = new Random(seed);
            var parts = Unzip(File.ReadAllBytes(HostileFiles.Fixture(Sources[seed % Sources.Length])));
            var xmlParts = parts.Keys.Where(k => k.EndsWith(".xml", StringComparison.Ordinal) || k.EndsWith(".rels", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            var target = xmlParts[random.Next(xmlParts.Count)];
            parts[target] = Encoding.UTF8.GetBytes(Damage(Encoding.UTF8.GetString(parts[target]), random));

            _ = AllProblems(TestPackage.Zip(parts));
        }
    }

    private static byte[] Flip(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = random.Next(1, 16); i > 0; i--)
        {
            copy[random.Next(copy.Length)] ^= (byte)random.Next(1, 256);
        }

        return copy;
    }

    private static byte[] Overwrite(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        var start = random.Next(copy.Length);
        random.NextBytes(copy.AsSpan(start, Math.Min(copy.Length - start, random.Next(1, 64))));
        return copy;
    }

    private static string Damage(string xml, Random random)
    {
        var text = new StringBuilder(xml);
        for (var i = random.Next(1, 6); i > 0 && text.Length > 0; i--)
        {
            var at = random.Next(text.Length);
            var length = Math.Min(text.Length - at, random.Next(1, 40));
            switch (random.Next(3))
            {
                case 0:
                    text.Remove(at, length);
                    break;
                case 1:
                    text.Insert(random.Next(text.Length), text.ToString(at, length));
                    break;
                default:
                    text.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
            }
        }

        return text.ToString();
    }

    private static Dictionary<string, byte[]> Unzip(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            parts[entry.FullName] = copy.ToArray();
        }

        return parts;
    }
}
