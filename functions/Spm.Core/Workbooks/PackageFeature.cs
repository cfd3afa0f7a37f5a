namespace Spm.Core.Workbooks;

/// <summary>What kind of package content a report may not carry (see <see cref="WorkbookProblem.PartNotAllowed"/>).</summary>
public enum PackageFeature
{
    /// <summary>A picture, background or header image, or an image in a cell.</summary>
    Image,

    /// <summary>The document's preview picture.</summary>
    Thumbnail,

    /// <summary>Drawings, shapes, text boxes and charts (comment shapes excepted).</summary>
    Drawing,

    /// <summary>Links to other workbooks.</summary>
    ExternalLink,

    /// <summary>Data connections and queries.</summary>
    Connection,

    /// <summary>Custom XML data parts and other data stores.</summary>
    CustomData,

    /// <summary>Pivot tables and their caches, slicers, timelines.</summary>
    Pivot,

    /// <summary>Form controls and ActiveX controls.</summary>
    Control,

    /// <summary>Any other part, relationship or content type outside the known shape of a report.</summary>
    Unknown,
}
