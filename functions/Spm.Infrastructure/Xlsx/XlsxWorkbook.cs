using System.Xml;
using Spm.Core.Screening;
using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Xlsx;

/// <summary>An xlsx whose container passed the safety checks; sheets and texts are read as streams.</summary>
internal sealed class XlsxWorkbook : IWorkbook
{
    private const int MaxSheets = 4_096;

    private readonly XlsxPackage _package;
    private readonly Stream? _ownedStream;
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly CellFormat[] _formats;
    private readonly string?[] _displayFormats;
    private readonly string[] _conditionalFormats;

    private XlsxWorkbook(
        XlsxPackage package,
        Stream? ownedStream,
        string workbookPart,
        List<SheetEntry> sheets,
        bool uses1904,
        string? sharedStringsPart,
        IReadOnlyList<string> sharedStrings,
        CellFormat[] formats,
        string?[] displayFormats,
        string[] conditionalFormats)
    {
        _package = package;
        _ownedStream = ownedStream;
        WorkbookPart = workbookPart;
        SheetEntries = sheets;
        Sheets = sheets.Select(entry => entry.Sheet).ToList();
        Uses1904DateSystem = uses1904;
        SharedStringsPart = sharedStringsPart;
        _sharedStrings = sharedStrings;
        _formats = formats;
        _displayFormats = displayFormats;
        _conditionalFormats = conditionalFormats;
    }

    public IReadOnlyList<WorkbookSheet> Sheets { get; }

    public bool Uses1904DateSystem { get; }

    internal string WorkbookPart { get; }

    internal IReadOnlyList<SheetEntry> SheetEntries { get; }

    internal string? SharedStringsPart { get; }

    internal int SharedStringCount => _sharedStrings.Count;

    /// <summary>Reads workbook.xml, its relationships, shared strings and styles; throws a rejection when they are unusable.</summary>
    public static XlsxWorkbook Load(XlsxPackage package, Stream? ownedStream)
    {
        var document = package.ReadRelationships(string.Empty)
            .FirstOrDefault(relationship => relationship.IsOfType("officeDocument") && !relationship.IsExternal);
        if (document is null || !package.Contains(document.Target))
        {
            throw XlsxPackage.Reject(WorkbookProblem.NotXlsx(GuessKind(package), "Zip has no office document relationship."));
        }

        var contentType = package.Contains(XlsxPackage.ContentTypesPart) ? package.ReadContentTypes()(document.Target) : null;
        if (contentType is not null && contentType.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
        {
            throw XlsxPackage.Reject(WorkbookProblem.Macros($"Main part has the macro-enabled content type {contentType}.") with { Part = document.Target });
        }

        if (contentType is not null && !contentType.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase))
        {
            var problem = WorkbookProblem.NotXlsx(GuessKind(package), $"Main part has content type {contentType}.");
            throw XlsxPackage.Reject(problem with { Part = document.Target });
        }

        var workbookPart = document.Target;
        var relationships = package.ReadRelationships(workbookPart);
        var (listed, uses1904) = ReadWorkbookPart(package, workbookPart);
        var sheets = new List<SheetEntry>(listed.Count);
        foreach (var (name, visibility, relationshipId) in listed)
        {
            var target = relationships.FirstOrDefault(relationship => relationship.Id == relationshipId && !relationship.IsExternal);
            if (target is null || !package.Contains(target.Target))
            {
                throw XlsxPackage.Reject(WorkbookProblem.Corrupt("A sheet's part is missing.") with { Part = workbookPart, Sheet = name });
            }

            var kind = target.IsOfType("worksheet") ? SheetKind.Worksheet
                : target.IsOfType("chartsheet") ? SheetKind.Chartsheet
                : target.IsOfType("dialogsheet") ? SheetKind.Dialogsheet
                : SheetKind.Other;
            sheets.Add(new SheetEntry(new WorkbookSheet(name, sheets.Count, visibility, kind), target.Target));
        }

        var sharedStringsPart = relationships.FirstOrDefault(relationship => relationship.IsOfType("sharedStrings") && !relationship.IsExternal)?.Target;
        sharedStringsPart = sharedStringsPart is not null && package.Contains(sharedStringsPart) ? sharedStringsPart : null;
        var stylesPart = relationships.FirstOrDefault(relationship => relationship.IsOfType("styles") && !relationship.IsExternal)?.Target;
        var sharedStrings = sharedStringsPart is null ? [] : SharedStringTable.Read(package, sharedStringsPart);
        var (formats, displayFormats, conditionalFormats) = stylesPart is not null && package.Contains(stylesPart) ? StyleTable.Read(package, stylesPart) : ([], [], []);
        return new XlsxWorkbook(package, ownedStream, workbookPart, sheets, uses1904, sharedStringsPart, sharedStrings, formats, displayFormats, conditionalFormats);
    }

    public IWorkbookCursor<WorkbookRow> ReadRows(string sheetName, IScreeningSink? screen = null)
    {
        var entry = Find(sheetName);
        if (entry is null)
        {
            return GuardedCursor<WorkbookRow>.Failed(WorkbookProblem.SheetMissing(sheetName));
        }

        var context = new PartContext { Part = entry.Part };
        return new GuardedCursor<WorkbookRow>(CreateSheetReader(entry).ReadRows(screen), context);
    }

    public void Screen(IScreeningSink screen, string? exceptSheet = null)
    {
        ArgumentNullException.ThrowIfNull(screen);
        foreach (var problem in PackageShape.Check(_package))
        {
            screen.Problem(problem);
        }

        new XlsxScanner(_package, this, screen).Scan(exceptSheet is null ? null : Find(exceptSheet));
    }

    public void Dispose()
    {
        _package.Dispose();
        _ownedStream?.Dispose();
    }

    internal SheetReader CreateSheetReader(SheetEntry entry) => new(_package, entry, _sharedStrings, _formats, _displayFormats, _conditionalFormats);

    /// <summary>The sheet of that name, ignoring case and stray spaces; the first when several match.</summary>
    private SheetEntry? Find(string sheetName)
    {
        var wanted = CellText.Normalize(sheetName);
        return SheetEntries.FirstOrDefault(sheet => string.Equals(CellText.Normalize(sheet.Sheet.Name), wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether any worksheet has a cell with a value; reads each only up to its first such row.</summary>
    internal bool HasAnyValue() =>
        SheetEntries.Any(entry => entry.Sheet.Kind is SheetKind.Worksheet or SheetKind.Dialogsheet && CreateSheetReader(entry).ReadRows().Any());

    private static (List<(string Name, SheetVisibility Visibility, string RelationshipId)> Sheets, bool Uses1904) ReadWorkbookPart(
        XlsxPackage package, string part)
    {
        var sheets = new List<(string, SheetVisibility, string)>();
        var uses1904 = false;
        using var xml = package.OpenXml(part);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName == "workbookPr")
            {
                uses1904 = xml.GetAttribute("date1904") is "1" or "true";
            }
            else if (xml.LocalName == "sheet" && xml.Depth == 2)
            {
                if (sheets.Count >= MaxSheets)
                {
                    throw XlsxPackage.Reject(WorkbookProblem.Corrupt("Too many sheets.") with { Part = part });
                }

                var name = xml.GetAttribute("name") ?? string.Empty;
                var visibility = xml.GetAttribute("state") switch
                {
                    "hidden" => SheetVisibility.Hidden,
                    "veryHidden" => SheetVisibility.VeryHidden,
                    _ => SheetVisibility.Visible,
                };
                sheets.Add((name, visibility, RelationshipId(xml)));
            }
        }

        return (sheets, uses1904);
    }

    /// <summary>The <c>r:id</c> attribute, whichever prefix and relationships namespace the writer used.</summary>
    private static string RelationshipId(XmlReader xml)
    {
        var id = string.Empty;
        while (xml.MoveToNextAttribute())
        {
            if (xml.LocalName == "id" && xml.NamespaceURI.EndsWith("relationships", StringComparison.Ordinal))
            {
                id = xml.Value;
            }
        }

        xml.MoveToElement();
        return id;
    }

    private static string GuessKind(XlsxPackage package) =>
        package.Contains("mimetype") && package.Contains("content.xml") ? "ODS/ODF"
        : package.Contains("word/document.xml") ? "DOCX"
        : package.Contains("ppt/presentation.xml") ? "PPTX"
        : "ZIP";
}
