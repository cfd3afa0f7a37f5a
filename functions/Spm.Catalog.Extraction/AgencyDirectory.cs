using Spm.Core.Catalog;

namespace Spm.Catalog.Extraction;

/// <summary>
/// The stable ASCII codes of the bodies the decree names, and of the 16 regions whose akimats form ЖАО.
/// Codes are fixed here (they are used in blob paths); names come from the decree's abbreviation list.
/// </summary>
internal static class AgencyDirectory
{
    public const string LocalExecutiveBodies = "ЖАО";

    public const string LocalExecutiveBodiesCode = "lea";

    /// <summary>Abbreviation → code, in the order of the decree's abbreviation list.</summary>
    public static readonly IReadOnlyList<(string Abbreviation, string Code)> Central =
    [
        ("ҰҚК", "nsc"),
        ("БП", "gpo"),
        ("МКҚ", "sgs"),
        ("\"Сырбар\" СБҚ", "syrbar"),
        ("Қорғанысмині", "mod"),
        ("ІІМ", "mia"),
        ("СІМ", "mfa"),
        ("ҰЭМ", "mne"),
        ("Қаржымині", "mof"),
        ("ДІАҚМ", "mrcs"),
        ("АКМ", "mic"),
        ("ИДМ", "mid"),
        ("БҒМ", "mes"),
        ("ДСМ", "moh"),
        ("МСМ", "mcs"),
        ("ЭМ", "moe"),
        ("АШМ", "moa"),
    ];

    /// <summary>Region name as the decree writes it → code, in the decree's order of regional rows.</summary>
    public static readonly IReadOnlyList<(string Name, string Code)> Regions =
    [
        ("Ақмола облысы", "akmola"),
        ("Ақтөбе облысы", "aktobe"),
        ("Алматы облысы", "almaty-region"),
        ("Атырау облысы", "atyrau"),
        ("Шығыс Қазақстан облысы", "east-kazakhstan"),
        ("Батыс Қазақстан облысы", "west-kazakhstan"),
        ("Жамбыл облысы", "zhambyl"),
        ("Қостанай облысы", "kostanay"),
        ("Қызылорда облысы", "kyzylorda"),
        ("Қарағанды облысы", "karaganda"),
        ("Маңғыстау облысы", "mangystau"),
        ("Павлодар облысы", "pavlodar"),
        ("Солтүстік Қазақстан облысы", "north-kazakhstan"),
        ("Оңтүстік Қазақстан облысы", "south-kazakhstan"),
        ("Алматы қаласы", "almaty"),
        ("Астана қаласы", "astana"),
    ];

    public static IReadOnlyList<string> RegionCodes { get; } = Regions.Select(r => r.Code).ToArray();

    public static string? RegionCode(string text) =>
        Regions.FirstOrDefault(r => string.Equals(r.Name, text, StringComparison.Ordinal)).Code;

    public static string? CentralCode(string abbreviation) =>
        Central.FirstOrDefault(a => string.Equals(a.Abbreviation, abbreviation, StringComparison.Ordinal)).Code;

    /// <summary>"Ақмола облысы" → "Ақмола облысының әкімдігі".</summary>
    public static string AkimatName(string region) => region + "ның әкімдігі";
}
