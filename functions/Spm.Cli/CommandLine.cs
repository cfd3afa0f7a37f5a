namespace Spm.Cli;

/// <summary>Positional words and <c>--name value</c> / <c>--flag</c> options, checked against what a command accepts.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public List<string> Words { get; } = [];

    public static CommandLine Parse(IEnumerable<string> args)
    {
        var result = new CommandLine();
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (!a.StartsWith("--", StringComparison.Ordinal))
            {
                result.Words.Add(a);
                continue;
            }

            var eq = a.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                result.options[a[..eq]] = a[(eq + 1)..];
            }
            else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                result.options[a] = list[++i];
            }
            else
            {
                result.options[a] = null;
            }
        }

        return result;
    }

    public bool Flag(string name)
    {
        read.Add(name);
        if (!options.TryGetValue(name, out var value))
        {
            return false;
        }

        if (value is not null)
        {
            // "--json extra" parsed the word as the flag's value; put it back among the words.
            Words.Add(value);
            options[name] = null;
        }

        return true;
    }

    public string? Value(string name)
    {
        read.Add(name);
        if (!options.TryGetValue(name, out var value))
        {
            return null;
        }

        return value ?? throw new UsageException($"{name} needs a value.");
    }

    public string Required(string name) => Value(name) ?? throw new UsageException($"{name} is required.");

    /// <summary>Fails on options and words the command did not ask for.</summary>
    public void EnsureAllUsed(int words = 0)
    {
        var unknown = options.Keys.Where(k => !read.Contains(k)).ToArray();
        if (unknown.Length > 0)
        {
            throw new UsageException($"Unknown option {string.Join(", ", unknown)}.");
        }

        if (Words.Count > words)
        {
            throw new UsageException($"Unexpected argument '{Words[words]}'.");
        }
    }
}
