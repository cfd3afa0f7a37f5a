using System.Text;
using System.Xml;
using Spm.Core.Screening;
using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Xlsx;

/// <summary>
/// Hands every text of an XML part (or of one element) to the screen: text nodes, rich text runs joined so a word
/// split across runs is seen whole, and wordy attribute values. Formulas, header/footer codes and cell references are
/// passed as such, so that <c>M20</c> in <c>=M20+1</c> or <c>sqref="M20"</c> is read as the cell it is, while the
/// same letters in a comment are read as text.
/// </summary>
internal sealed class XmlTextWalker(IScreeningSink sink, string part, string? sheet, WorkbookTextOrigin baseOrigin, int maxLength)
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private static readonly HashSet<string> RunNames = new(StringComparer.Ordinal) { "r", "fld", "font", "span", "b", "i", "u", "s", "sub", "sup", "strong", "em" };

    private static readonly HashSet<string> FormulaElements = new(StringComparer.Ordinal)
    {
        "f", "formula", "formula1", "formula2", "calculatedColumnFormula", "totalsRowFormula", "definedName",
    };

    private static readonly HashSet<string> HeaderFooterElements = new(StringComparer.Ordinal)
    {
        "oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter",
    };

    private static readonly HashSet<string> ReferenceAttributes = new(StringComparer.Ordinal)
    {
        "r", "ref", "sqref", "activeCell", "topLeftCell", "spans",
    };

    /// <summary>
    /// Walks from the reader's current element to its end (<paramref name="element"/> true), or from the start of the
    /// document to its end.
    /// </summary>
    public void Walk(XmlReader xml, bool element)
    {
        var stopDepth = element ? xml.Depth : -1;
        var frames = new Stack<(int Depth, WorkbookTextOrigin Origin, WorkbookTextKind Kind)>();
        var origin = baseOrigin;
        var kind = WorkbookTextKind.Plain;
        var run = new StringBuilder();
        var runDepth = -1;
        var first = element;
        while (first || xml.Read())
        {
            first = false;
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    var name = xml.LocalName;
                    var depth = xml.Depth;
                    var empty = xml.IsEmptyElement;
                    var elementOrigin = OriginOf(name, origin);
                    var elementKind = FormulaElements.Contains(name) ? WorkbookTextKind.Formula
                        : HeaderFooterElements.Contains(name) ? WorkbookTextKind.HeaderFooter
                        : name == "sqref" ? WorkbookTextKind.References
                        : kind;
                    Attributes(xml, name, elementOrigin);
                    if (empty)
                    {
                        if (depth == stopDepth)
                        {
                            return;
                        }

                        break;
                    }

                    frames.Push((depth, origin, kind));
                    origin = elementOrigin;
                    kind = elementKind;
                    if (runDepth < 0 && RunNames.Contains(name))
                    {
                        runDepth = depth - 1;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (runDepth >= 0)
                    {
                        run.Append(xml.Value);
                        if (run.Length > maxLength * 7L)
                        {
                            throw TooLong();
                        }
                    }
                    else if (xml.NodeType != XmlNodeType.Whitespace && !string.IsNullOrWhiteSpace(xml.Value))
                    {
                        Emit(origin, kind, xml.Value);
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (xml.Depth == runDepth)
                    {
                        var joined = run.ToString();
                        run.Clear();
                        runDepth = -1;
                        if (!string.IsNullOrWhiteSpace(joined))
                        {
                            Emit(origin, kind, joined);
                        }
                    }

                    if (frames.Count > 0 && frames.Peek().Depth == xml.Depth)
                    {
                        (_, origin, kind) = frames.Pop();
                    }

                    if (xml.Depth == stopDepth)
                    {
                        return;
                    }

                    break;
            }
        }
    }

    /// <summary>Hands one text to the screen, decoded and length-checked.</summary>
    public void Emit(WorkbookTextOrigin origin, WorkbookTextKind kind, string raw)
    {
        var text = OoxmlText.Decode(raw);
        if (text.Length > maxLength)
        {
            throw TooLong();
        }

        sink.Text(new WorkbookText(origin, part, sheet, null, text) { Kind = kind });
    }

    private void Attributes(XmlReader xml, string element, WorkbookTextOrigin origin)
    {
        if (!xml.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            if (xml.Prefix == "xmlns" || xml.LocalName == "xmlns" || xml.NamespaceURI == XmlNamespace
                || xml.NamespaceURI.EndsWith("relationships", StringComparison.Ordinal))
            {
                continue;
            }

            var value = xml.Value;
            if (value.Length < 2 || !value.AsSpan().ContainsAnyExceptInRange('\0', '@'))
            {
                // Numbers, flags and punctuation: nothing a code can hide in without a letter.
                continue;
            }

            var attribute = xml.LocalName;
            var kind = ReferenceAttributes.Contains(attribute) ? WorkbookTextKind.References
                : attribute == "location" ? WorkbookTextKind.Formula
                : WorkbookTextKind.Plain;
            var attributeOrigin = element == "sheet" && attribute == "name" ? WorkbookTextOrigin.SheetName : origin;
            Emit(attributeOrigin, kind, value);
        }
        while (xml.MoveToNextAttribute());

        xml.MoveToElement();
    }

    private static WorkbookTextOrigin OriginOf(string element, WorkbookTextOrigin current) => element switch
    {
        "headerFooter" => WorkbookTextOrigin.HeaderFooter,
        "dataValidations" or "dataValidation" => WorkbookTextOrigin.DataValidation,
        "definedName" => WorkbookTextOrigin.DefinedName,
        _ => current,
    };

    private XlsxRejectedException TooLong()
    {
        var detail = FormattableString.Invariant($"A text is longer than {maxLength} characters.");
        return XlsxPackage.Reject(WorkbookProblem.StringTooLong(maxLength, detail) with { Part = part });
    }
}
