using System.Xml;

namespace Spm.Infrastructure.Xlsx;

/// <summary>Atomised SpreadsheetML names, so hot loops compare element names by reference.</summary>
internal sealed class SpreadsheetNames
{
    public SpreadsheetNames()
    {
        Table = new NameTable();
        Row = Table.Add("row");
        Cell = Table.Add("c");
        Value = Table.Add("v");
        Formula = Table.Add("f");
        InlineString = Table.Add("is");
        Text = Table.Add("t");
        Phonetic = Table.Add("rPh");
        R = Table.Add("r");
        S = Table.Add("s");
        Hidden = Table.Add("hidden");
        Height = Table.Add("ht");
        SheetData = Table.Add("sheetData");
        Cols = Table.Add("cols");
        Col = Table.Add("col");
        SharedItem = Table.Add("si");
    }

    public XmlNameTable Table { get; }

    public string Row { get; }

    public string Cell { get; }

    public string Value { get; }

    public string Formula { get; }

    public string InlineString { get; }

    /// <summary><c>t</c>: the text element, and the cell type attribute.</summary>
    public string Text { get; }

    public string Phonetic { get; }

    /// <summary><c>r</c>: the rich text run element, and the reference attribute.</summary>
    public string R { get; }

    public string S { get; }

    public string Hidden { get; }

    public string Height { get; }

    public string SheetData { get; }

    public string Cols { get; }

    public string Col { get; }

    public string SharedItem { get; }
}
