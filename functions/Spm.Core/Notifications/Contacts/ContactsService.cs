using System.Text;
using Microsoft.Extensions.Logging;
using Spm.Core.Catalog;

namespace Spm.Core.Notifications.Contacts;

/// <summary>The contacts use cases: import a CSV file into the directory (all or nothing), export the directory as CSV.</summary>
public sealed partial class ContactsService(IContactDirectory directory, LoadedCatalog catalog, ILogger<ContactsService> logger)
{
    /// <summary>Larger files are refused before parsing: a contacts file is a few kilobytes.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Validates the file and, only when it has no problem at all, replaces the directory with it.</summary>
    public async Task<ContactsImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var buffer = new MemoryStream();
        await csv.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxFileBytes)
        {
            return Refused(new CsvProblem(0, $"the file is {buffer.Length} bytes; a contacts file may have at most {MaxFileBytes}"));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            return Refused(new CsvProblem(0, "the file is not UTF-8 text (in Excel: Save As, \"CSV UTF-8 (Comma delimited)\")"));
        }

        var parsed = ContactsCsv.Parse(text, catalog.Catalog);
        if (!parsed.Succeeded)
        {
            LogImportRefused(parsed.Problems.Count);
            return new ContactsImportResult(false, 0, parsed.Problems, []);
        }

        await directory.ReplaceAllAsync(parsed.Contacts, cancellationToken);
        LogImported(parsed.Contacts.Count, parsed.UnitsWithoutContact.Count);
        return new ContactsImportResult(true, parsed.Contacts.Count, [], parsed.UnitsWithoutContact);
    }

    /// <summary>Writes the directory as a contacts file (UTF-8 with a byte order mark, CRLF); returns the number of contacts.</summary>
    public async Task<int> ExportAsync(Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var contacts = await directory.AllAsync(cancellationToken);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ContactsCsv.Write(contacts.Values))).ToArray();
        await output.WriteAsync(bytes, cancellationToken);
        return contacts.Count;
    }

    private static ContactsImportResult Refused(CsvProblem problem) => new(false, 0, [problem], []);

    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "Contacts import refused: {ProblemCount} problem(s); nothing imported")]
    private partial void LogImportRefused(int problemCount);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Information, Message = "Contacts imported: {ContactCount} contact(s), {UnitsWithoutContact} unit(s) without one")]
    private partial void LogImported(int contactCount, int unitsWithoutContact);
}
