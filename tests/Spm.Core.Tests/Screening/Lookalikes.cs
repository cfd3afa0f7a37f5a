using System.Globalization;

namespace Spm.Core.Tests.Screening;

/// <summary>
/// The look-alike characters the property tests disguise with: Screening/Data/lookalikes.tsv, made by
/// make_lookalikes.py from Debian's confusable-homoglyphs data and Unicode names, not from the screen's own map.
/// </summary>
internal static class Lookalikes
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<Lookalike>>> Table = new(Load);

    /// <summary>The look-alikes of a target: <c>M</c>, a digit <c>0</c>…<c>9</c>, or a letter of a spelling of «Құпия».</summary>
    public static IReadOnlyList<Lookalike> Of(string target) =>
        Table.Value.TryGetValue(target, out var found) ? found : [];

    /// <summary>Every target the table lists.</summary>
    public static IEnumerable<string> Targets => Table.Value.Keys;

    public static string ReadResource(string name)
    {
        using var stream = typeof(Lookalikes).Assembly.GetManifestResourceStream("Spm.Core.Tests.Screening." + name)
            ?? throw new InvalidOperationException($"Resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Dictionary<string, IReadOnlyList<Lookalike>> Load()
    {
        var table = new Dictionary<string, List<Lookalike>>(StringComparer.Ordinal);
        foreach (var line in ReadResource("lookalikes.tsv").Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            var text = string.Concat(fields[2].Split(' ').Select(u => char.ConvertFromUtf32(int.Parse(u.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture))));
            var kind = Enum.Parse<LookalikeKind>(fields[1], ignoreCase: true);
            if (!table.TryGetValue(fields[0], out var list))
            {
                table[fields[0]] = list = [];
            }

            list.Add(new Lookalike(text, kind, fields[3]));
        }

        return table.ToDictionary(p => p.Key, p => (IReadOnlyList<Lookalike>)p.Value, StringComparer.Ordinal);
    }
}

/// <summary>Where a look-alike comes from.</summary>
internal enum LookalikeKind
{
    /// <summary>Confusable with the target in Unicode's data (Latin, Cyrillic or Greek).</summary>
    Homoglyph,

    /// <summary>The full-width form.</summary>
    Fullwidth,

    /// <summary>A mathematical alphanumeric form.</summary>
    Math,

    /// <summary>Hand-picked and checked by its Unicode name.</summary>
    Hand,
}

/// <summary>One look-alike: its text (one character, or a sequence such as <c>rn</c>), kind and Unicode names.</summary>
internal sealed record Lookalike(string Text, LookalikeKind Kind, string Names);
