using System.Text;

namespace Spm.Core.Workbooks;

/// <summary>What a spreadsheet formula can show as text: its string literals, and whether it builds text the screen cannot see.</summary>
/// <param name="Literals">Every string literal, unescaped, in order.</param>
/// <param name="Joined">String literals and number constants concatenated in order (<c>"M-"&amp;21</c> gives <c>M-21</c>).</param>
/// <param name="BuildsText">
/// The formula makes text from something other than literals: a text function (<c>CHAR</c>, <c>CONCAT</c>, <c>TEXT</c>…)
/// or the <c>&amp;</c> operator with anything but string and number constants. What it shows is known only by
/// calculating it, so a screen cannot read it.
/// </param>
public sealed record FormulaText(IReadOnlyList<string> Literals, string Joined, bool BuildsText)
{
    private static readonly HashSet<string> TextFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "ARRAYTOTEXT", "ASC", "BAHTTEXT", "BASE", "CHAR", "CLEAN", "CONCAT", "CONCATENATE", "DBCS", "DOLLAR",
        "ENCODEURL", "FILTERXML", "FIXED", "FORMULATEXT", "HYPERLINK", "INDIRECT", "INFO", "CELL", "JIS", "LEFT",
        "LEFTB", "LOWER", "MID", "MIDB", "NUMBERSTRING", "PHONETIC", "PROPER", "REGEXEXTRACT", "REGEXREPLACE",
        "REPLACE", "REPLACEB", "REPT", "RIGHT", "RIGHTB", "ROMAN", "SUBSTITUTE", "T", "TEXT", "TEXTAFTER",
        "TEXTBEFORE", "TEXTJOIN", "TEXTSPLIT", "TRIM", "UNICHAR", "UPPER", "VALUETOTEXT", "WEBSERVICE", "LET",
        "LAMBDA", "DEC2HEX", "DEC2BIN", "DEC2OCT", "_XLFN.CONCAT", "_XLFN.TEXTJOIN", "_XLFN.UNICHAR",
    };

    /// <summary>Reads a formula (with or without its leading <c>=</c>); never throws.</summary>
    public static FormulaText Parse(string? formula)
    {
        var literals = new List<string>();
        var joined = new StringBuilder();
        if (string.IsNullOrEmpty(formula))
        {
            return new FormulaText(literals, "", false);
        }

        var text = formula.AsSpan();
        var buildsText = false;
        var concatenates = false;
        var onlyConstants = true;
        var i = text.Length > 0 && text[0] == '=' ? 1 : 0;
        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    var literal = new StringBuilder();
                    i++;
                    while (i < text.Length)
                    {
                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                literal.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        literal.Append(text[i++]);
                    }

                    literals.Add(literal.ToString());
                    joined.Append(literal);
                    continue;
                case '\'':
                    // A quoted sheet name in a reference: part of the reference, not text the cell shows.
                    i++;
                    while (i < text.Length && !(text[i] == '\'' && (i + 1 >= text.Length || text[i + 1] != '\'')))
                    {
                        i += text[i] == '\'' ? 2 : 1;
                    }

                    i++;
                    onlyConstants = false;
                    continue;
                case '[':
                    // Structured references and external workbook indexes.
                    var depth = 0;
                    do
                    {
                        depth += text[i] == '[' ? 1 : text[i] == ']' ? -1 : 0;
                        i++;
                    }
                    while (i < text.Length && depth > 0);
                    onlyConstants = false;
                    continue;
                case '&':
                    concatenates = true;
                    i++;
                    continue;
                case >= '0' and <= '9' or '.' when IsNumberStart(text, i):
                    var start = i;
                    while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'
                        || ((text[i] is 'E' or 'e') && i + 1 < text.Length && (char.IsAsciiDigit(text[i + 1]) || text[i + 1] is '+' or '-'))
                        || (text[i] is '+' or '-' && i > start && text[i - 1] is 'E' or 'e')))
                    {
                        i++;
                    }

                    joined.Append(text[start..i]);
                    continue;
                default:
                    if (char.IsLetter(c) || c is '_' or '\\' or '$')
                    {
                        var nameStart = i;
                        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.' or '\\' or '$' or '!' or ':'))
                        {
                            i++;
                        }

                        var name = text[nameStart..i];
                        var isFunction = i < text.Length && text[i] == '(';
                        if (isFunction && TextFunctions.Contains(name.ToString()))
                        {
                            buildsText = true;
                        }

                        if (!name.Equals("TRUE", StringComparison.OrdinalIgnoreCase) && !name.Equals("FALSE", StringComparison.OrdinalIgnoreCase))
                        {
                            onlyConstants = false;
                        }

                        continue;
                    }

                    if (c is '#')
                    {
                        // An error constant such as #N/A.
                        while (i < text.Length && !(text[i] is ',' or ';' or ')' or ' ' or '&'))
                        {
                            i++;
                        }

                        continue;
                    }

                    // Any other operator or bracket: "M-"&20+1 shows M-21, which only calculation tells.
                    onlyConstants &= char.IsWhiteSpace(c);
                    i++;
                    continue;
            }
        }

        // "M-"&"21" or "M-"&21 is fully known from its constants; "M-"&A1, "M-"&(20+1) or CHAR(77) is not.
        buildsText |= concatenates && !onlyConstants;
        return new FormulaText(literals, joined.ToString(), buildsText);
    }

    private static bool IsNumberStart(ReadOnlySpan<char> text, int i) =>
        i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '$' or '_' or '.');
}
