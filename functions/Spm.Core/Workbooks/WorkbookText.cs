namespace Spm.Core.Workbooks;

/// <summary>A piece of text found anywhere in a workbook, for screening classified content.</summary>
/// <param name="Origin">What kind of place the text sits in.</param>
/// <param name="Part">Package part, such as <c>xl/comments1.xml</c>.</param>
/// <param name="Sheet">Sheet name, when the text belongs to one.</param>
/// <param name="Cell">A1 reference of the cell the text belongs to, or null; see also <see cref="Row"/> and <see cref="Column"/>.</param>
/// <param name="Text">The text as stored; rich text runs joined.</param>
public readonly record struct WorkbookText(WorkbookTextOrigin Origin, string Part, string? Sheet, string? Cell, string Text)
{
    private readonly string? _cell = Cell;

    /// <summary>A1 reference of the cell, given or formatted on demand from <see cref="Row"/> and <see cref="Column"/>.</summary>
    /// <remarks>The reader sets only Row and Column: a sheet can yield millions of texts, and most are never located.</remarks>
    public string? Cell
    {
        get => _cell ?? (Row > 0 && Column > 0 ? CellReference.Format(Column, Row) : null);
        init => _cell = value;
    }

    /// <summary>1-based row of the cell the text belongs to, or 0.</summary>
    public int Row { get; init; }

    /// <summary>1-based column of the cell the text belongs to, or 0.</summary>
    public int Column { get; init; }

    /// <summary>How the text is read: as shown, as a formula, as header/footer codes, or as cell references.</summary>
    public WorkbookTextKind Kind { get; init; }
}

/// <summary>How a piece of text must be read to know what a person sees.</summary>
public enum WorkbookTextKind
{
    /// <summary>Shown as it is.</summary>
    Plain,

    /// <summary>A formula: only its string literals and what it builds are shown (<c>M20</c> in <c>=M20+1</c> is a cell).</summary>
    Formula,

    /// <summary>Header or footer format codes (<c>&amp;L&amp;BTitle</c>).</summary>
    HeaderFooter,

    /// <summary>Cell references or ranges (<c>A1:H20</c>), shown nowhere; screened only when it does not read as references.</summary>
    References,
}

/// <summary>Where in a workbook a piece of text was found.</summary>
public enum WorkbookTextOrigin
{
    /// <summary>A cell's value (text or number), on any sheet, hidden or not.</summary>
    Cell,

    /// <summary>A cell's formula text.</summary>
    Formula,

    /// <summary>An entry of the shared string table, used by a cell or not, phonetic guides included.</summary>
    SharedString,

    SheetName,

    DefinedName,

    /// <summary>Cell comments and threaded comments.</summary>
    Comment,

    HeaderFooter,

    /// <summary>Data validation lists, input prompts and error messages.</summary>
    DataValidation,

    /// <summary>Drawings, text boxes, shapes and charts.</summary>
    Drawing,

    /// <summary>Core, extended and custom document properties.</summary>
    DocumentProperty,

    /// <summary>Anything else: number formats, tables, pivot caches, external links, custom XML.</summary>
    Other,
}
