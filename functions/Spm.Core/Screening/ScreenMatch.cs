namespace Spm.Core.Screening;

/// <summary>What the classified-content screen recognised in a text; never the text itself.</summary>
public enum ScreenMatchKind
{
    None,

    /// <summary>The mark «Құпия» (classified), in any case, alphabet, transliteration or look-alike.</summary>
    ClassifiedMark,

    /// <summary>The code of a classified measure (<c>M-20</c>), in any alphabet, look-alike or spacing.</summary>
    MeasureCode,
}

/// <summary>The screen's verdict on one text: what it found and, for a code, the measure's number.</summary>
public readonly record struct ScreenMatch(ScreenMatchKind Kind, int Measure)
{
    public static ScreenMatch None => default;

    public bool IsMatch => Kind != ScreenMatchKind.None;
}
