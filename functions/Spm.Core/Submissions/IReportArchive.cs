namespace Spm.Core.Submissions;

/// <summary>Where originals are kept, immutably, and feedback workbooks are written.</summary>
public interface IReportArchive
{
    /// <summary>
    /// Stores an original once under <paramref name="path"/> and verifies it by reading it back against its SHA-256.
    /// An existing original with the same hash is fine (a retry); a different one is a broken invariant and throws.
    /// </summary>
    Task StoreAsync(string path, byte[] content, string sha256, CancellationToken cancellationToken);

    /// <summary>An original's bytes.</summary>
    Task<byte[]> ReadAsync(string path, CancellationToken cancellationToken);

    /// <summary>Deletes an original that must not be kept; false when the archive's retention does not allow it yet.</summary>
    Task<bool> TryDeleteAsync(string path, CancellationToken cancellationToken);

    /// <summary>Writes (or rewrites) a feedback workbook.</summary>
    Task WriteFeedbackAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken);

    /// <summary>Where a person finds a feedback workbook (<c>feedback/mia/2019-H1/….xlsx</c>, or a URL).</summary>
    string FeedbackLocation(string path);
}
