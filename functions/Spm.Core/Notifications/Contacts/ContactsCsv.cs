using System.Text;
using Spm.Core.Catalog;

namespace Spm.Core.Notifications.Contacts;

/// <summary>
/// The contacts file: header <c>unit,to,cc,language</c>; one row per unit (a reporting unit's catalog code, or
/// <c>coordinator</c>); <c>to</c> one address; <c>cc</c> any number of addresses separated by <c>;</c>;
/// <c>language</c> <c>kk</c>, <c>ru</c> or <c>both</c>. Export writes UTF-8 with a byte order mark and CRLF (what
/// Excel opens correctly) and neutralises formula starts; import accepts either delimiter and undoes that.
/// </summary>
public static class ContactsCsv
{
    public static IReadOnlyList<string> Columns { get; } = ["unit", "to", "cc", "language"];

    public static string Header { get; } = string.Join(',', Columns);

    /// <summary>At most this many contacts: the catalog's units and the coordinator fit many times over.</summary>
    public const int MaxRows = 1000;

    public static ContactsCsvResult Parse(string text, ProgramCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new List<CsvProblem>();
        var delimiter = CsvText.DetectDelimiter(text);
        var records = CsvText.Read(text, delimiter, problems);
        if (records.Count == 0 || records[0].Line != 1)
        {
            problems.Insert(0, new CsvProblem(1, $"the first line must be the header {Header}"));
            return Fail(problems);
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        if (!header.SequenceEqual(Columns))
        {
            problems.Insert(0, new CsvProblem(1, $"the header must be {Header}, found {string.Join(',', records[0].Fields)}"));
            return Fail(problems);
        }

        if (records.Count - 1 > MaxRows)
        {
            problems.Add(new CsvProblem(0, $"the file has {records.Count - 1} rows; at most {MaxRows} are allowed"));
            return Fail(problems);
        }

        var units = catalog.Agencies.Where(a => a.Kind != AgencyKind.Group).Select(a => a.Code).ToList();
        var known = units.Append(Contact.CoordinatorUnit).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var contacts = new List<Contact>();
        foreach (var record in records.Skip(1))
        {
            if (ParseRow(record, known, seen, problems) is { } contact)
            {
                contacts.Add(contact);
            }
        }

        if (problems.Count > 0)
        {
            return Fail(problems);
        }

        var missing = units.Where(u => !seen.ContainsKey(u)).ToList();
        if (!seen.ContainsKey(Contact.CoordinatorUnit))
        {
            missing.Insert(0, Contact.CoordinatorUnit);
        }

        return new ContactsCsvResult(contacts, [], missing);
    }

    /// <summary>The file for <paramref name="contacts"/>: the coordinator first, then units in code order; CRLF line ends, no byte order mark.</summary>
    public static string Write(IEnumerable<Contact> contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        var text = new StringBuilder().Append(Header).Append("\r\n");
        var ordered = contacts
            .OrderBy(c => c.IsCoordinator ? 0 : 1)
            .ThenBy(c => c.Unit, StringComparer.Ordinal);
        foreach (var contact in ordered)
        {
            text.Append(CsvText.Cell(contact.Unit)).Append(',')
                .Append(CsvText.Cell(contact.To)).Append(',')
                .Append(CsvText.Cell(string.Join(';', contact.Cc))).Append(',')
                .Append(CsvText.Cell(Contact.Code(contact.Language))).Append("\r\n");
        }

        return text.ToString();
    }

    private static Contact? ParseRow(CsvRecord record, HashSet<string> known, Dictionary<string, int> seen, List<CsvProblem> problems)
    {
        var line = record.Line;
        if (record.Fields.Count != Columns.Count)
        {
            problems.Add(new CsvProblem(line, $"expected {Columns.Count} columns ({Header}), found {record.Fields.Count}"));
            return null;
        }

        var fields = record.Fields.Select(f => CsvText.Unneutralise(f.Trim())).ToList();
        var before = problems.Count;
        var unit = fields[0];
        if (unit.Length == 0)
        {
            problems.Add(new CsvProblem(line, "the unit is empty"));
        }
        else if (!known.Contains(unit))
        {
            problems.Add(new CsvProblem(line, $"unknown unit code '{Printable(unit)}' (a reporting unit's catalog code, as `spm catalog` lists them, or '{Contact.CoordinatorUnit}')"));
        }
        else if (seen.TryGetValue(unit, out var first))
        {
            problems.Add(new CsvProblem(line, $"unit '{unit}' is already on line {first}"));
        }
        else
        {
            seen[unit] = line;
        }

        var to = fields[1];
        if (to.Length == 0)
        {
            problems.Add(new CsvProblem(line, "the 'to' address is empty"));
        }
        else if (!EmailAddress.IsValid(to))
        {
            problems.Add(new CsvProblem(line, $"malformed address in 'to': '{Printable(to)}'"));
        }

        var cc = new List<string>();
        foreach (var address in fields[2].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!EmailAddress.IsValid(address))
            {
                problems.Add(new CsvProblem(line, $"malformed address in 'cc': '{Printable(address)}' (separate addresses with ;)"));
            }
            else if (string.Equals(address, to, StringComparison.OrdinalIgnoreCase) || cc.Contains(address, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new CsvProblem(line, $"'cc' repeats the address '{address}'"));
            }
            else
            {
                cc.Add(address);
            }
        }

        if (!Contact.TryParseLanguage(fields[3], out var language))
        {
            problems.Add(new CsvProblem(line, $"language must be kk, ru or both, found '{Printable(fields[3])}'"));
        }

        return problems.Count == before ? new Contact(unit, to, cc, language) : null;
    }

    // Problems are printed on a console: no control characters, and a bounded length.
    private static string Printable(string value)
    {
        var cleaned = new string([.. value.Select(c => char.IsControl(c) ? '?' : c)]);
        return cleaned.Length <= 80 ? cleaned : cleaned[..80] + "…";
    }

    private static ContactsCsvResult Fail(List<CsvProblem> problems) =>
        new([], [.. problems.OrderBy(p => p.Line)], []);
}
