namespace Spm.Core.Notifications.Contacts;

/// <summary>The outcome of <c>spm contacts import</c>: imported, or the problems that stopped it (nothing imported).</summary>
public sealed record ContactsImportResult(bool Imported, int Count, IReadOnlyList<CsvProblem> Problems, IReadOnlyList<string> UnitsWithoutContact);
