using System.Text;
using System.Xml;

namespace Spm.Infrastructure.Xlsx;

/// <summary>Reads the text of SpreadsheetML string elements.</summary>
internal static class RichText
{
    /// <summary>
    /// Reads the text of an <c>si</c> or <c>is</c> element: plain <c>t</c> or the <c>t</c> of
    /// every run, joined; phonetic guides (<c>rPh</c>) are left out, as Excel does for the value, and appended to
    /// <paramref name="phonetic"/> when one is given (space-separated). Leaves the reader on the element's end. Null
    /// when the text or the guides grow past <paramref name="max"/>.
    /// </summary>
    /// <remarks>A single piece of text, by far the common case, is returned as read, without copying.</remarks>
    public static string? Read(XmlReader xml, SpreadsheetNames names, StringBuilder scratch, int max, StringBuilder? phonetic = null)
    {
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = xml.Depth;
        var textDepth = -1;
        var skipDepth = -1;
        string? first = null;
        var joined = false;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when skipDepth < 0 && !xml.IsEmptyElement:
                    if (ReferenceEquals(xml.LocalName, names.Phonetic))
                    {
                        skipDepth = xml.Depth;
                        if (phonetic is { Length: > 0 })
                        {
                            phonetic.Append(' ');
                        }
                    }
                    else if (ReferenceEquals(xml.LocalName, names.Text))
                    {
                        textDepth = xml.Depth;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace
                    when skipDepth < 0 && textDepth >= 0:
                    if (first is null)
                    {
                        first = xml.Value;
                    }
                    else
                    {
                        if (!joined)
                        {
                            scratch.Clear().Append(first);
                            joined = true;
                        }

                        scratch.Append(xml.Value);
                    }

                    if ((joined ? scratch.Length : first.Length) > max)
                    {
                        return null;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace
                    when skipDepth >= 0 && phonetic is not null:
                    phonetic.Append(xml.Value);
                    if (phonetic.Length > max)
                    {
                        return null;
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (xml.Depth == depth)
                    {
                        return joined ? scratch.ToString() : first ?? string.Empty;
                    }

                    if (xml.Depth == skipDepth)
                    {
                        skipDepth = -1;
                    }
                    else if (xml.Depth == textDepth)
                    {
                        textDepth = -1;
                    }

                    break;
            }
        }

        return joined ? scratch.ToString() : first ?? string.Empty;
    }

    /// <summary>The text content of a simple element such as <c>v</c> or <c>f</c>; null when longer than <paramref name="max"/>.</summary>
    public static string? ReadSimple(XmlReader xml, int max)
    {
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = xml.Depth;
        string? first = null;
        StringBuilder? more = null;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
            {
                break;
            }

            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (first is null)
                {
                    first = xml.Value;
                }
                else
                {
                    (more ??= new StringBuilder(first)).Append(xml.Value);
                }

                if ((more?.Length ?? first.Length) > max)
                {
                    return null;
                }
            }
        }

        return more?.ToString() ?? first ?? string.Empty;
    }
}
