using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Xlsx;

/// <summary>
/// The known shape of a report as Excel, LibreOffice, Google Sheets or a library such as openpyxl saves it: which
/// parts, reached by which relationships from which parts, with which content types. Everything else — images,
/// drawings and charts, external links, connections, custom XML, pivot tables, controls, macros, embedded files,
/// parts nobody refers to — is reported, one problem per part, naming what it is.
/// </summary>
/// <remarks>
/// Relationship types are compared by their last segment, so Transitional (<c>…/2006/relationships/worksheet</c>) and
/// Strict (<c>http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet</c>) read alike.
/// </remarks>
internal static class PackageShape
{
    private const string Sml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private enum Kind
    {
        Root,
        Workbook,
        Worksheet,
        Leaf,
        Vml,
    }

    // (source kind, relationship type) → (target kind, accepted content types)
    private static readonly Dictionary<(Kind, string), (Kind Target, string[] ContentTypes)> Edges = new()
    {
        [(Kind.Root, "officeDocument")] = (Kind.Workbook, [Sml + "sheet.main+xml", Sml + "template.main+xml"]),
        [(Kind.Root, "core-properties")] = (Kind.Leaf, ["application/vnd.openxmlformats-package.core-properties+xml"]),
        [(Kind.Root, "extended-properties")] = (Kind.Leaf, ["application/vnd.openxmlformats-officedocument.extended-properties+xml"]),
        [(Kind.Root, "extendedProperties")] = (Kind.Leaf, ["application/vnd.openxmlformats-officedocument.extended-properties+xml"]),
        [(Kind.Root, "custom-properties")] = (Kind.Leaf, ["application/vnd.openxmlformats-officedocument.custom-properties+xml"]),
        [(Kind.Root, "customProperties")] = (Kind.Leaf, ["application/vnd.openxmlformats-officedocument.custom-properties+xml"]),
        [(Kind.Root, "classificationlabels")] = (Kind.Leaf, ["application/vnd.ms-office.classificationlabels+xml"]),
        [(Kind.Workbook, "worksheet")] = (Kind.Worksheet, [Sml + "worksheet+xml"]),
        [(Kind.Workbook, "styles")] = (Kind.Leaf, [Sml + "styles+xml"]),
        [(Kind.Workbook, "theme")] = (Kind.Leaf, ["application/vnd.openxmlformats-officedocument.theme+xml"]),
        [(Kind.Workbook, "sharedStrings")] = (Kind.Leaf, [Sml + "sharedStrings+xml"]),
        [(Kind.Workbook, "calcChain")] = (Kind.Leaf, [Sml + "calcChain+xml"]),
        [(Kind.Workbook, "person")] = (Kind.Leaf, ["application/vnd.ms-excel.person+xml"]),
        [(Kind.Worksheet, "comments")] = (Kind.Leaf, [Sml + "comments+xml"]),
        [(Kind.Worksheet, "vmlDrawing")] = (Kind.Vml, ["application/vnd.openxmlformats-officedocument.vmlDrawing"]),
        [(Kind.Worksheet, "table")] = (Kind.Leaf, [Sml + "table+xml"]),
        [(Kind.Worksheet, "printerSettings")] = (Kind.Leaf, [Sml + "printerSettings"]),
        [(Kind.Worksheet, "threadedComment")] = (Kind.Leaf, ["application/vnd.ms-excel.threadedcomments+xml"]),
    };

    /// <summary>Checks the package against the known shape; an empty list means it has exactly that shape.</summary>
    public static List<WorkbookProblem> Check(XlsxPackage package)
    {
        var problems = new List<WorkbookProblem>();
        Func<string, string?> contentType = _ => null;
        if (!package.Contains(XlsxPackage.ContentTypesPart))
        {
            problems.Add(WorkbookProblem.PackageCorrupt("The package has no [Content_Types].xml."));
        }
        else
        {
            contentType = package.ReadContentTypes();
            foreach (var part in package.PartNames.Where(p => p != XlsxPackage.ContentTypesPart && contentType(p) is null))
            {
                problems.Add(WorkbookProblem.PackageCorrupt("[Content_Types].xml does not declare the part.") with { Part = part });
            }
        }

        foreach (var part in package.PartNames)
        {
            if (ActiveContent(part, contentType(part)) is { } active)
            {
                problems.Add(active with { Part = part });
            }
        }

        var reached = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { XlsxPackage.ContentTypesPart };
        var pending = new Queue<(string Part, Kind Kind)>();
        pending.Enqueue(("", Kind.Root));
        while (pending.Count > 0)
        {
            var (source, kind) = pending.Dequeue();
            var relsPart = XlsxPackage.RelationshipsPartOf(source);
            if (!package.Contains(relsPart))
            {
                continue;
            }

            reached.Add(relsPart);
            foreach (var relationship in package.ReadRelationships(source))
            {
                var type = LastSegment(relationship.Type);
                if (relationship.IsExternal)
                {
                    if (!(kind == Kind.Worksheet && type == "hyperlink"))
                    {
                        problems.Add(WorkbookProblem.PartNotAllowed(Feature(type, null), $"External relationship of type {type}.") with { Part = relsPart });
                    }

                    continue;
                }

                if (kind == Kind.Worksheet && type == "hyperlink")
                {
                    // An internal hyperlink points into the workbook; it reaches no part.
                    continue;
                }

                var target = relationship.Target;
                if (!package.Contains(target))
                {
                    problems.Add(WorkbookProblem.PackageCorrupt($"A {type} relationship points to a missing part.") with { Part = relsPart });
                    continue;
                }

                if (!reached.Add(target))
                {
                    continue;
                }

                var targetType = contentType(target);
                if (!Edges.TryGetValue((kind, type), out var edge))
                {
                    problems.Add(Disallowed(type, targetType) with { Part = target });
                    continue;
                }

                if (targetType is not null && !edge.ContentTypes.Contains(targetType, StringComparer.OrdinalIgnoreCase))
                {
                    problems.Add(Disallowed(type, targetType) with { Part = target, Detail = $"A {type} relationship reaches a part of content type {targetType}." });
                    continue;
                }

                pending.Enqueue((target, edge.Target));
            }
        }

        foreach (var part in package.PartNames.Where(p => !reached.Contains(p)))
        {
            var type = contentType(part);
            problems.Add(WorkbookProblem.PartNotAllowed(Feature(null, type), $"A part nothing refers to (content type {type ?? "none"}).") with { Part = part });
        }

        return problems;
    }

    private static WorkbookProblem Disallowed(string relationshipType, string? contentType) =>
        ActiveContent("", contentType, relationshipType)
        ?? WorkbookProblem.PartNotAllowed(Feature(relationshipType, contentType), $"Relationship {relationshipType} to content type {contentType ?? "none"}.");

    /// <summary>Macros and embedded files have rules of their own, with their own advice.</summary>
    private static WorkbookProblem? ActiveContent(string part, string? contentType, string? relationshipType = null)
    {
        var type = contentType ?? "";
        var file = part[(part.LastIndexOf('/') + 1)..];
        if (file.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)
            || part.StartsWith("xl/macrosheets/", StringComparison.OrdinalIgnoreCase)
            || part.StartsWith("xl/intlmacrosheets/", StringComparison.OrdinalIgnoreCase)
            || part.StartsWith("xl/activex/", StringComparison.OrdinalIgnoreCase)
            || type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)
            || type.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)
            || type.Contains("macrosheet", StringComparison.OrdinalIgnoreCase)
            || type.Contains("activeX", StringComparison.OrdinalIgnoreCase)
            || relationshipType is "vbaProject" or "xlMacrosheet" or "xlIntlMacrosheet" or "macrosheet" or "dialogsheet")
        {
            return WorkbookProblem.Macros($"Macro or ActiveX content (content type {contentType ?? "none"}).");
        }

        if (part.StartsWith("xl/embeddings/", StringComparison.OrdinalIgnoreCase)
            || type.Contains("oleObject", StringComparison.OrdinalIgnoreCase)
            || relationshipType is "oleObject" or "package")
        {
            return WorkbookProblem.EmbeddedObject($"Embedded object (content type {contentType ?? "none"}).");
        }

        return null;
    }

    private static PackageFeature Feature(string? relationshipType, string? contentType)
    {
        var type = contentType ?? "";
        return relationshipType switch
        {
            "thumbnail" => PackageFeature.Thumbnail,
            "image" or "hdphoto" => PackageFeature.Image,
            "drawing" or "chart" or "chartsheet" or "chartUserShapes" or "diagramData" or "diagramLayout"
                or "diagramQuickStyle" or "diagramColors" or "diagramDrawing" or "chartStyle" or "chartColorStyle" => PackageFeature.Drawing,
            "externalLink" or "externalLinkPath" or "attachedTemplate" or "frame" => PackageFeature.ExternalLink,
            "connections" or "queryTable" => PackageFeature.Connection,
            "customXml" or "customXmlProps" => PackageFeature.CustomData,
            "pivotTable" or "pivotCacheDefinition" or "pivotCacheRecords" or "slicer" or "slicerCache" or "timeline" or "timelineCache" => PackageFeature.Pivot,
            "ctrlProp" or "control" or "activeXControl" or "activeXControlBinary" => PackageFeature.Control,
            _ when type.StartsWith("image/", StringComparison.OrdinalIgnoreCase) => PackageFeature.Image,
            _ when type.Contains("drawing", StringComparison.OrdinalIgnoreCase) || type.Contains("chart", StringComparison.OrdinalIgnoreCase) => PackageFeature.Drawing,
            _ when type.Contains("externalLink", StringComparison.OrdinalIgnoreCase) => PackageFeature.ExternalLink,
            _ when type.Contains("connections", StringComparison.OrdinalIgnoreCase) || type.Contains("queryTable", StringComparison.OrdinalIgnoreCase) => PackageFeature.Connection,
            _ when type.Contains("customXml", StringComparison.OrdinalIgnoreCase) => PackageFeature.CustomData,
            _ when type.Contains("pivot", StringComparison.OrdinalIgnoreCase) || type.Contains("slicer", StringComparison.OrdinalIgnoreCase) => PackageFeature.Pivot,
            _ when type.Contains("ctrlProp", StringComparison.OrdinalIgnoreCase) => PackageFeature.Control,
            _ => PackageFeature.Unknown,
        };
    }

    private static string LastSegment(string type) => type[(type.LastIndexOf('/') + 1)..];
}
