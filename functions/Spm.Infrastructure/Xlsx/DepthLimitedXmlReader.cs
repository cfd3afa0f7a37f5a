using System.Xml;
using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Xlsx;

/// <summary>
/// An XmlReader that refuses elements nested deeper than a limit, counting depth as the parser itself sees it
/// (comments, CDATA, quotes and processing instructions cannot fool it). Everything else is delegated.
/// </summary>
internal sealed class DepthLimitedXmlReader(XmlReader inner, string part, int maxDepth) : XmlReader
{
    public override int AttributeCount => inner.AttributeCount;

    public override string BaseURI => inner.BaseURI;

    public override int Depth => inner.Depth;

    public override bool EOF => inner.EOF;

    public override bool IsEmptyElement => inner.IsEmptyElement;

    public override string LocalName => inner.LocalName;

    public override string Name => inner.Name;

    public override string NamespaceURI => inner.NamespaceURI;

    public override XmlNameTable NameTable => inner.NameTable;

    public override XmlNodeType NodeType => inner.NodeType;

    public override string Prefix => inner.Prefix;

    public override ReadState ReadState => inner.ReadState;

    public override string Value => inner.Value;

    public override bool HasValue => inner.HasValue;

    public override bool CanReadValueChunk => inner.CanReadValueChunk;

    public override string GetAttribute(int i) => inner.GetAttribute(i);

    public override string? GetAttribute(string name) => inner.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);

    public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);

    public override bool MoveToElement() => inner.MoveToElement();

    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();

    public override bool ReadAttributeValue() => inner.ReadAttributeValue();

    public override int ReadValueChunk(char[] buffer, int index, int count) => inner.ReadValueChunk(buffer, index, count);

    public override void ResolveEntity() => inner.ResolveEntity();

    public override bool Read()
    {
        if (!inner.Read())
        {
            return false;
        }

        if (inner.Depth > maxDepth)
        {
            throw new XlsxRejectedException(WorkbookProblem.Corrupt(FormattableString.Invariant($"XML nests deeper than {maxDepth} elements.")) with { Part = part });
        }

        return true;
    }

    public override void Close() => inner.Close();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
