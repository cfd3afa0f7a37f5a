namespace Spm.Core.Submissions;

/// <summary>An upload in the drop container: its path, size, version (ETag) and when it arrived (last written).</summary>
public sealed record DropBlob(string Name, long Size, string Version, DateTimeOffset CreatedUtc);
