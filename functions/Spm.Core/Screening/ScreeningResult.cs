using Spm.Core.Reporting.Validation;

namespace Spm.Core.Screening;

/// <summary>
/// The screen's one verdict on a whole file: where it names classified content (locations only, never the text),
/// and what it could not read fully. Either makes the file not storable.
/// </summary>
public sealed record ScreeningResult(IReadOnlyList<Finding> Classified, IReadOnlyList<Finding> Unreadable)
{
    public static ScreeningResult Clean { get; } = new([], []);

    /// <summary>The file names a classified measure or carries the «Құпия» mark somewhere.</summary>
    public bool ContainsClassified => Classified.Count > 0;

    /// <summary>Nothing classified and everything read: the file may be kept, copied and quoted.</summary>
    public bool Storable => !ContainsClassified && Unreadable.Count == 0;

    /// <summary>The findings to report: classified content first (a file that is broken and classified is classified), then what could not be read.</summary>
    public IReadOnlyList<Finding> Findings => [.. Classified, .. Unreadable];

    /// <summary>The rule that decides the verdict: <c>classified.content</c>, the first unreadable part's rule, or empty.</summary>
    public string DecidingRule => ContainsClassified ? Classified[0].RuleId : Unreadable.Count > 0 ? Unreadable[0].RuleId : "";
}
