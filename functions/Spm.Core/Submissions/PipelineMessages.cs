using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spm.Core.Submissions;

/// <summary>A submission to validate: the queue message between ingest and validation.</summary>
public sealed record ValidationRequest(string Agency, string SubmissionId);

/// <summary>A drop blob to ingest: the queue message the reconciler sends for blobs the blob trigger missed.</summary>
public sealed record IngestRequest(string BlobName);

/// <summary>The queue messages' JSON: camelCase, small, and strict on the way in.</summary>
public static class PipelineMessages
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static string Serialize<T>(T message) => JsonSerializer.Serialize(message, Options);

    /// <summary>Reads a message; a malformed one throws <see cref="JsonException"/> (it goes to the poison queue).</summary>
    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("The message is empty.");
}
