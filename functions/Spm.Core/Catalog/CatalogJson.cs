using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spm.Core.Catalog;

/// <summary>Reads and writes catalog files: camelCase JSON, readable Kazakh text, stable order, LF endings.</summary>
public static class CatalogJson
{
    /// <summary>The catalog of the 2018–2022 program, embedded in this assembly.</summary>
    public const string EmbeddedName = "kz-cre-2018-2022.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Nulls are written: every documented field is present in every entry, null where the decree has nothing.
        // Keep Cyrillic readable in the committed file; the file is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static string Serialize(ProgramCatalog catalog) => JsonSerializer.Serialize(catalog, Options) + "\n";

    /// <summary>Parses a catalog file; a malformed file throws <see cref="JsonException"/> naming the path in it.</summary>
    public static ProgramCatalog Deserialize(string json) =>
        JsonSerializer.Deserialize<ProgramCatalog>(json, Options) ?? throw new JsonException("The catalog file is empty.");

    /// <summary>Loads the embedded catalog of the 2018–2022 program.</summary>
    public static LoadedCatalog LoadEmbedded()
    {
        using var stream = typeof(CatalogJson).Assembly.GetManifestResourceStream("Spm.Catalog." + EmbeddedName)
            ?? throw new InvalidOperationException($"The catalog resource {EmbeddedName} is missing from {typeof(CatalogJson).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Load(reader.ReadToEnd());
    }

    /// <summary>Loads a catalog from its JSON text and fingerprints it.</summary>
    public static LoadedCatalog Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        return new LoadedCatalog(Deserialize(json), hash);
    }
}

/// <summary>A catalog and the SHA-256 of the file it came from (templates record it).</summary>
public sealed record LoadedCatalog(ProgramCatalog Catalog, string Sha256);
