namespace Spm.Core.Workbooks;

/// <summary>Stable ids of the safety and structure rules a workbook can break.</summary>
public static class WorkbookRules
{
    public const string FileTooLarge = "file.too-large";
    public const string EmptyFile = "file.empty";
    public const string PackageCorrupt = "file.corrupt";
    public const string PartNotAllowed = "file.part-not-allowed";
    public const string NotZip = "file.not-zip";
    public const string NotXlsx = "file.not-xlsx";
    public const string LegacyXls = "file.legacy-xls";
    public const string Encrypted = "file.encrypted";
    public const string Macros = "file.macros";
    public const string EmbeddedObject = "file.embedded-object";
    public const string CorruptZip = "file.corrupt-zip";
    public const string ZipBomb = "file.zip-bomb";
    public const string XmlDtd = "xml.dtd";
    public const string Corrupt = "workbook.corrupt";
    public const string TooManyStrings = "workbook.too-many-strings";
    public const string Empty = "workbook.empty";
    public const string SheetMissing = "workbook.sheet-missing";
    public const string TooManyRows = "sheet.too-many-rows";
    public const string TooManyCells = "sheet.too-many-cells";
    public const string StringTooLong = "cell.string-too-long";
    public const string FormulaBuildsText = "formula.builds-text";
}
