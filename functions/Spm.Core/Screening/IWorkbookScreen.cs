namespace Spm.Core.Screening;

/// <summary>Screens a whole upload for classified content, reading every part it can, broken or not.</summary>
public interface IWorkbookScreen
{
    /// <summary>
    /// Reads the upload (the caller keeps the stream; a non-seekable one is copied within the size limit) and returns
    /// one verdict: a file that is both broken and classified is classified; anything not read fully is reported.
    /// </summary>
    Task<ScreeningResult> ScreenAsync(Stream content, CancellationToken cancellationToken);
}
