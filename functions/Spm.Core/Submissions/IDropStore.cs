namespace Spm.Core.Submissions;

/// <summary>The drop container, where agencies upload.</summary>
public interface IDropStore
{
    /// <summary>The upload's properties, or null when it is gone (processed already, or deleted).</summary>
    Task<DropBlob?> GetAsync(string name, CancellationToken cancellationToken);

    /// <summary>The upload's bytes, or null when it holds more than <paramref name="maxBytes"/> (then nothing more is read).</summary>
    Task<byte[]?> ReadAsync(DropBlob blob, long maxBytes, CancellationToken cancellationToken);

    /// <summary>Deletes that version of the upload; gone already is fine.</summary>
    Task DeleteAsync(DropBlob blob, CancellationToken cancellationToken);

    /// <summary>Every upload still in the container.</summary>
    IAsyncEnumerable<DropBlob> ListAsync(CancellationToken cancellationToken);
}
