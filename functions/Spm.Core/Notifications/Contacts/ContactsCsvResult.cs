namespace Spm.Core.Notifications.Contacts;

/// <summary>What a contacts file holds: the contacts when it is valid, every problem by line when not.</summary>
/// <param name="Contacts">The contacts, in file order; empty when there are problems (nothing is imported from a file with errors).</param>
/// <param name="Problems">Every problem, by line.</param>
/// <param name="UnitsWithoutContact">Reporting units the file gives no contact (not an error: their reminders are reported to the coordinator instead).</param>
public sealed record ContactsCsvResult(IReadOnlyList<Contact> Contacts, IReadOnlyList<CsvProblem> Problems, IReadOnlyList<string> UnitsWithoutContact)
{
    public bool Succeeded => Problems.Count == 0;
}
