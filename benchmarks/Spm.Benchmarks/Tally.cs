using System.Globalization;
using Spm.Core.Workbooks;

namespace Spm.Benchmarks;

/// <summary>
/// What a scenario read, summed over the data rows: returned so no work is optimised away, and compared across
/// scenarios so every reader is seen to read the same values.
/// </summary>
public readonly record struct Tally(int Rows, decimal Fact, decimal Spent, long CodeChars, long TextChars)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"rows={Rows} fact={Fact} spent={Spent} codes={CodeChars} text={TextChars}");
}

/// <summary>The per-row work every scenario does, on values in whatever form its reader hands them over.</summary>
internal struct RowWork
{
    private int _rows;
    private decimal _fact;
    private decimal _spent;
    private long _codeChars;
    private long _textChars;

    public readonly Tally Tally => new(_rows, _fact, _spent, _codeChars, _textChars);

    /// <summary>Cells A–H as text with a flag for stored numbers (the raw floor and our reader).</summary>
    public void Add(ReadOnlySpan<string?> text, ReadOnlySpan<bool> isNumber)
    {
        Add(text[0], text[1], text[2], text[6], text[7]);
        _fact += Number(text[4], isNumber[4]);
        _spent += Number(text[5], isNumber[5]);
        _ = Number(text[3], isNumber[3]);
    }

    /// <summary>Cells A–H as the popular readers hand them over: double for numbers, string for text.</summary>
    public void Add(object? code, object? name, object? unit, object? plan, object? fact, object? spent, object? status, object? comment)
    {
        Add(code as string, name as string, unit as string, status as string, comment as string);
        _fact += Number(fact);
        _spent += Number(spent);
        _ = Number(plan);
    }

    /// <summary>A row validated by <c>ReportValidator.CheckRow</c>, which parsed fact and spent itself.</summary>
    public void Add(string? code, string? name, string? unit, decimal? fact, decimal? spent, string? status, string? comment)
    {
        Add(code, name, unit, status, comment);
        _fact += fact ?? 0;
        _spent += spent ?? 0;
    }

    private void Add(string? code, string? name, string? unit, string? status, string? comment)
    {
        _rows++;
        _codeChars += CodeText.Canonicalize(code).Length;
        _textChars += (name?.Length ?? 0) + (unit?.Length ?? 0) + (status?.Length ?? 0) + (comment?.Length ?? 0);
    }

    // Stored numbers by invariant notation, typed text by the project's rules: what WorkbookCell.TryGetNumber does.
    private static decimal Number(string? text, bool isNumber) =>
        (isNumber ? CellNumber.TryParseStored(text, out var value) : CellNumber.TryParse(text, out value)) ? value : 0;

    private static decimal Number(object? value) => value switch
    {
        // Same conversion as CellNumber.TryParseStored after its double.Parse: 15 significant digits.
        double number => double.IsFinite(number) && Math.Abs(number) < 7.9e28 ? (decimal)number : 0,
        string text => CellNumber.TryParse(text, out var parsed) ? parsed : 0,
        _ => 0,
    };
}
