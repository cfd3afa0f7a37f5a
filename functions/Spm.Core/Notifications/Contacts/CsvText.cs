using System.Text;

namespace Spm.Core.Notifications.Contacts;

/// <summary>
/// RFC 4180 reading and writing, the parts people's spreadsheets produce: a UTF-8 byte order mark, CRLF, LF or CR
/// line ends, quoted fields holding delimiters, doubled quotes and line breaks, and a <c>;</c> delimiter (what
/// Excel writes under a Russian or Kazakh locale), recognised from the header line.
/// </summary>
internal static class CsvText
{
    public const char ByteOrderMark = '\uFEFF';

    /// <summary>Cells starting with these are formulas to a spreadsheet (CSV injection); export prefixes them with <c>'</c>.</summary>
    private const string FormulaStarts = "=+-@\t\r";

    /// <summary>The delimiter of the header line: <c>;</c> when it has semicolons outside quotes and no commas, else <c>,</c>.</summary>
    public static char DetectDelimiter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var commas = 0;
        var semicolons = 0;
        var quoted = false;
        foreach (var c in text.AsSpan(text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0))
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
        }

        return semicolons > 0 && commas == 0 ? ';' : ',';
    }

    /// <summary>Every well-formed non-blank record; each malformed one becomes a problem at its line instead.</summary>
    public static List<CsvRecord> Read(string text, char delimiter, List<CsvProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problems);
        var records = new List<CsvRecord>();
        var field = new StringBuilder();
        var i = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
        var line = 1;
        while (i < text.Length)
        {
            var start = line;
            var fields = new List<string>();
            string? problem = null;
            while (true)
            {
                if (text[i] == '"')
                {
                    i++;
                    var closed = false;
                    while (i < text.Length)
                    {
                        var c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            closed = true;
                            break;
                        }

                        if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                        {
                            line++;
                        }

                        field.Append(c);
                        i++;
                    }

                    if (!closed)
                    {
                        problem = "a quoted field is not closed (a \" is missing)";
                        break;
                    }

                    if (i < text.Length && text[i] != delimiter && text[i] is not '\r' and not '\n')
                    {
                        problem = "text after a closing quote (write a quote inside a quoted field as \"\")";
                        SkipToLineEnd(text, ref i);
                        break;
                    }
                }
                else
                {
                    while (i < text.Length && text[i] != delimiter && text[i] is not '\r' and not '\n')
                    {
                        if (text[i] == '"')
                        {
                            problem ??= "a quote inside an unquoted field (quote the whole field and write the quote as \"\")";
                        }

                        field.Append(text[i]);
                        i++;
                    }
                }

                fields.Add(field.ToString());
                field.Clear();
                if (i < text.Length && text[i] == delimiter)
                {
                    i++;
                    if (i >= text.Length)
                    {
                        fields.Add("");
                        break;
                    }

                    continue;
                }

                break;
            }

            field.Clear();
            EndLine(text, ref i, ref line);
            if (problem is not null)
            {
                problems.Add(new CsvProblem(start, problem));
            }
            else if (!(fields.Count == 1 && string.IsNullOrWhiteSpace(fields[0])))
            {
                records.Add(new CsvRecord(start, fields));
            }
        }

        return records;
    }

    /// <summary>A cell as it is written: formula starts neutralised with <c>'</c>, quoted when it holds a delimiter, quote or line break.</summary>
    public static string Cell(string value, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && FormulaStarts.Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        var needsQuotes = value.Contains(delimiter, StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal)
            || value.Contains('\r', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal)
            || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])));
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>Undoes <see cref="Cell"/>'s neutralising <c>'</c>, so that an exported file imports unchanged.</summary>
    public static string Unneutralise(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 1 && value[0] == '\'' && FormulaStarts.Contains(value[1], StringComparison.Ordinal) ? value[1..] : value;
    }

    private static void SkipToLineEnd(string text, ref int i)
    {
        while (i < text.Length && text[i] is not '\r' and not '\n')
        {
            i++;
        }
    }

    private static void EndLine(string text, ref int i, ref int line)
    {
        if (i < text.Length && text[i] == '\r')
        {
            i++;
            if (i < text.Length && text[i] == '\n')
            {
                i++;
            }

            line++;
        }
        else if (i < text.Length && text[i] == '\n')
        {
            i++;
            line++;
        }
    }
}
