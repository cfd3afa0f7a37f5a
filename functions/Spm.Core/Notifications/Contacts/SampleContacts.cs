using Spm.Core.Catalog;

namespace Spm.Core.Notifications.Contacts;

/// <summary>
/// Sample contacts for local runs and demonstrations: every reporting unit of the catalog and the coordinator, on
/// the reserved domain <c>example.kz</c> (never a real mailbox). Central bodies read both languages, regions Kazakh.
/// </summary>
public static class SampleContacts
{
    public const string Domain = "example.kz";

    public static IReadOnlyList<Contact> For(ProgramCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var units = catalog.Agencies
            .Where(a => a.Kind != AgencyKind.Group)
            .Select(a => new Contact(
                a.Code,
                $"{a.Code}@{Domain}",
                [$"{a.Code}-deputy@{Domain}"],
                a.Kind == AgencyKind.Regional ? ContactLanguage.Kazakh : ContactLanguage.Both));
        return [new Contact(Contact.CoordinatorUnit, $"monitoring@{Domain}", [$"monitoring-duty@{Domain}"], ContactLanguage.Both), .. units];
    }
}
