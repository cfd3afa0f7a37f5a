namespace Spm.Core.Status.Dimensions;

/// <summary>
/// Russian names of the program's bodies and regions, for the dimension tables (the catalog holds Kazakh only).
/// </summary>
/// <remarks>
/// Source: the decree's abbreviation list (ҰҚК, ІІМ, ДІАҚМ, ЖАО …; see <c>functions/Spm.Catalog.Extraction/AgencyDirectory.cs</c>),
/// each body given the official Russian name and abbreviation of the body that list names, as it was named when the
/// decree was adopted in 2018 (ДІАҚМ is МДРГО, reorganised in 2019; the list was not updated), and the regions as
/// the decree names them (South Kazakhstan, not Turkistan; Astana). Compiled by hand: the Russian
/// text of Decree No. 124 (P1800000124), which has its own abbreviation list, was not available to check against,
/// so compare with it before relying on a name in print. A code missing here gets an empty Russian name.
/// Indicators and measures have only Kazakh text in the catalog and get none.
/// </remarks>
internal static class RussianNames
{
    /// <summary>Agency code → (Russian abbreviation, Russian name). Regional akimats are in <see cref="Regions"/>.</summary>
    private static readonly Dictionary<string, (string Abbreviation, string Name)> Bodies = new(StringComparer.Ordinal)
    {
        ["nsc"] = ("КНБ", "Комитет национальной безопасности Республики Казахстан"),
        ["gpo"] = ("ГП", "Генеральная прокуратура Республики Казахстан"),
        ["sgs"] = ("СГО", "Служба государственной охраны Республики Казахстан"),
        ["syrbar"] = ("СВР «Сырбар»", "Служба внешней разведки Республики Казахстан «Сырбар»"),
        ["mod"] = ("МО", "Министерство обороны Республики Казахстан"),
        ["mia"] = ("МВД", "Министерство внутренних дел Республики Казахстан"),
        ["mfa"] = ("МИД", "Министерство иностранных дел Республики Казахстан"),
        ["mne"] = ("МНЭ", "Министерство национальной экономики Республики Казахстан"),
        ["mof"] = ("МФ", "Министерство финансов Республики Казахстан"),
        ["mrcs"] = ("МДРГО", "Министерство по делам религий и гражданского общества Республики Казахстан"),
        ["mic"] = ("МИК", "Министерство информации и коммуникаций Республики Казахстан"),
        ["mid"] = ("МИР", "Министерство по инвестициям и развитию Республики Казахстан"),
        ["mes"] = ("МОН", "Министерство образования и науки Республики Казахстан"),
        ["moh"] = ("МЗ", "Министерство здравоохранения Республики Казахстан"),
        ["mcs"] = ("МКС", "Министерство культуры и спорта Республики Казахстан"),
        ["moe"] = ("МЭ", "Министерство энергетики Республики Казахстан"),
        ["moa"] = ("МСХ", "Министерство сельского хозяйства Республики Казахстан"),
        ["lea"] = ("МИО", "местные исполнительные органы"),
    };

    /// <summary>Region code → (the region's Russian name, its akimat's Russian name).</summary>
    private static readonly Dictionary<string, (string Region, string Akimat)> Regions = new(StringComparer.Ordinal)
    {
        ["akmola"] = ("Акмолинская область", "Акимат Акмолинской области"),
        ["aktobe"] = ("Актюбинская область", "Акимат Актюбинской области"),
        ["almaty-region"] = ("Алматинская область", "Акимат Алматинской области"),
        ["atyrau"] = ("Атырауская область", "Акимат Атырауской области"),
        ["east-kazakhstan"] = ("Восточно-Казахстанская область", "Акимат Восточно-Казахстанской области"),
        ["west-kazakhstan"] = ("Западно-Казахстанская область", "Акимат Западно-Казахстанской области"),
        ["zhambyl"] = ("Жамбылская область", "Акимат Жамбылской области"),
        ["kostanay"] = ("Костанайская область", "Акимат Костанайской области"),
        ["kyzylorda"] = ("Кызылординская область", "Акимат Кызылординской области"),
        ["karaganda"] = ("Карагандинская область", "Акимат Карагандинской области"),
        ["mangystau"] = ("Мангистауская область", "Акимат Мангистауской области"),
        ["pavlodar"] = ("Павлодарская область", "Акимат Павлодарской области"),
        ["north-kazakhstan"] = ("Северо-Казахстанская область", "Акимат Северо-Казахстанской области"),
        ["south-kazakhstan"] = ("Южно-Казахстанская область", "Акимат Южно-Казахстанской области"),
        ["almaty"] = ("город Алматы", "Акимат города Алматы"),
        ["astana"] = ("город Астана", "Акимат города Астаны"),
    };

    /// <summary>The Russian abbreviation of a body; for a region, the region's Russian name; empty when unknown.</summary>
    public static string Abbreviation(string code) =>
        Bodies.TryGetValue(code, out var body) ? body.Abbreviation
        : Regions.TryGetValue(code, out var region) ? region.Region
        : "";

    /// <summary>The Russian name of a body or of a regional akimat; empty when unknown.</summary>
    public static string Name(string code) =>
        Bodies.TryGetValue(code, out var body) ? body.Name
        : Regions.TryGetValue(code, out var region) ? region.Akimat
        : "";

    /// <summary>The Russian name of a region (not its akimat); empty when unknown.</summary>
    public static string Region(string code) => Regions.TryGetValue(code, out var region) ? region.Region : "";
}
