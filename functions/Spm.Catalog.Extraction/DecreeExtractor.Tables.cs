using Spm.Core.Catalog;

namespace Spm.Catalog.Extraction;

/// <summary>
/// The only places where the catalog departs from the decree text as converted from the web page.
/// Each one is justified by the decree's own numbers; the extractor fails when one is no longer needed
/// or no longer matches, so a new version of the text forces a review. See functions/Spm.Core/Catalog/README.md.
/// </summary>
public static partial class DecreeExtractor
{
    // These rows lost their «Р/с №» cell in the conversion (the name is glued to the previous row's last
    // cell). Their number is the next one in the sequence: the numbered rows around them (18 → 20, 26 → 33,
    // 38 → 49, 60 → 64 → 66) leave exactly these gaps.
    private static readonly int[] MeasuresWithoutNumberCell = [19, 27, 28, 29, 30, 31, 32, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 61, 62, 63, 65];

    // The page ends measure 71 after its name: unit, form, deadline and responsible agencies are not in the text.
    private static readonly int[] IncompleteMeasures = [71];

    private static readonly HandCorrection NumberCorrection = new()
    {
        Id = "measure-numbers",
        Where = "measures " + string.Join(", ", MeasuresWithoutNumberCell),
        Found = "no «Р/с №» cell; the name follows the previous row's last cell",
        Used = "the next number in sequence",
        Why = "The numbered rows around them leave exactly these gaps (18 → 20, 26 → 33, 38 → 49, 60 → 64 → 66), and the appendix then has 71 measures, as numbered.",
    };

    private static readonly HandCorrection IncompleteCorrection = new()
    {
        Id = "measure-71-incomplete",
        Where = "measure 71",
        Found = "only the name; the text continues with the financing paragraph",
        Used = "name only, incomplete: true, no responsible agencies",
        Why = "Nothing in the decree text says who is responsible or what is planned; inventing it would be a guess.",
    };

    private static readonly Dictionary<string, HandCorrection> HandCorrections = new HandCorrection[]
    {
        new()
        {
            Id = "RI-2.1.responsible",
            Where = "section 4, result indicator 2.1, responsible",
            Found = "ҰКК",
            Used = "ҰҚК",
            Why = "A typo: no body «ҰКК» exists in the abbreviation list; the same indicator in the appendix lists ҰҚК.",
        },
        new()
        {
            Id = "measure 42/2019",
            Where = "measure 42, 2019",
            Found = "77018.2",
            Used = "7018.2",
            Why = "The cell reads «7 / 7018,2»: a thousands group written twice. The row total 62 921,4 minus the other years (7 647,2 + 4 078,7 + 21 985,1 + 22 192,2) is 7 018,2.",
        },
        new()
        {
            Id = "measure 61, Ақтөбе облысы/2018",
            Where = "measure 61, Aktobe region, 2018",
            Found = "32267.0",
            Used = "3227.0",
            Why = "The cell reads «3 2267,0»: one digit too many. The region's total 9 845,6 minus its other years (1 600,6 + 1 887,2 + 1 582,4 + 1 548,4) is 3 227,0, and so is the measure's 2018 value 4 406,7 minus the other regions' 2018 values.",
        },
    }.ToDictionary(c => c.Id, StringComparer.Ordinal);

    // Which way each indicator should move, decided from its wording. The plans agree with every choice.
    private static readonly Dictionary<string, (IndicatorDirection, string)> IndicatorDirections = new(StringComparer.Ordinal)
    {
        ["TI-1"] = (IndicatorDirection.Higher, "«… адамдар санын азайту (2017 жылғы деңгейге қарағанда)»: the percentage by which the number of supporters falls against 2017; a larger reduction is better (plan rises 10 → 65)."),
        ["TI-2"] = (IndicatorDirection.Higher, "«Алды алынған және уақтылы жолы кесілген … акцияларының үлесі»: share of actions prevented in time; more is better."),
        ["TI-3"] = (IndicatorDirection.Higher, "«… дайындығының деңгейі»: level of readiness to respond; higher is better."),
        ["RI-1.1"] = (IndicatorDirection.Higher, "«… діни топтар мен қауымдарды қамту»: coverage of religious groups by outreach; more is better."),
        ["RI-1.2"] = (IndicatorDirection.Higher, "«… сотталған адамдарды қамту»: coverage of convicts by outreach; more is better."),
        ["RI-1.3"] = (IndicatorDirection.Higher, "«… теолог-мамандармен толықтырылу дәрежесі»: degree to which outreach groups are staffed with theologians; more is better."),
        ["RI-2.1"] = (IndicatorDirection.Higher, "«… таратудың жолын кесу тиімділігінің деңгейі»: effectiveness of stopping the spread of extremist material; higher is better."),
        ["RI-2.2"] = (IndicatorDirection.Lower, "«Шетелдік теологиялық оқу орындарында бейресми негізде оқып жатқан адамдар санының үлесі (2017 жылдың деңгейіне қарағанда)»: share of people studying informally at foreign theological schools, against 2017; fewer is better (plan falls 95 → 60)."),
        ["RI-2.3"] = (IndicatorDirection.Higher, "«… кіруінің (оралуының) жолын кесуді қамтамасыз ету деңгейі»: level at which the return of those stripped of citizenship is stopped; higher is better."),
        ["RI-3.1"] = (IndicatorDirection.Higher, "«… біліктілік талаптарына сәйкес келетін … қызметкерлерінің үлесі»: share of qualified staff; more is better."),
        ["RI-3.2"] = (IndicatorDirection.Higher, "«… заманауи техникамен, қару-жарақпен қамтамасыз етілу үлесі»: share equipped with modern equipment; more is better."),
        ["RI-3.3"] = (IndicatorDirection.Higher, "«… жедел-профилактикалық іс-шаралармен қамту»: coverage of penal institutions by preventive operations; more is better."),
        ["RI-3.4"] = (IndicatorDirection.Higher, "«… бейнебақылау камераларымен қамтуды ұлғайту (2017 жылдың деңгейіне қарағанда)»: increase of camera coverage against 2017; more is better."),
        ["RI-4.1"] = (IndicatorDirection.Higher, "«… жедел штабтардың … дайындық деңгейі»: readiness of operational headquarters; higher is better."),
        ["RI-4.2"] = (IndicatorDirection.Higher, "«… дайын мекемелер мен ұйымдардың үлесі»: share of ready institutions; more is better."),
        ["RI-4.3"] = (IndicatorDirection.Higher, "«… талаптарға сәйкес келетін объектілер үлесі»: share of vulnerable sites meeting protection requirements; more is better."),
    };

    // Bumped when the extractor's output changes for the same decree text. 2: measure 28's third due date (10 July 2022).
    private const int ExtractionRevision = 2;

    // Where the decree's own numbers disagree after the hand corrections above. Each is left as the decree
    // says; status and reconciliation use the row values as printed.
    private static readonly Dictionary<string, string> KnownDifferenceReasons = new(StringComparer.Ordinal)
    {
        ["measure 17/row-total"] = "Five years of 95,7 make 478,5; the decree prints 487,5 (two digits swapped). Left as printed: the yearly values are the plan.",
        ["measure 39/part gpo/row-total"] = "The Prosecutor General's Office row reads 6,9 / 6,9 / 9,6 / 6,9 / 6,9 with a total of 34,5 (= 5 × 6,9): the 2020 cell 9,6 looks like 6,9 transposed, but the measure's row also says 9,6 for 2020, so nothing is changed.",
        ["measure 39/parts/2021"] = "The measure's row gives 3,8 for 2021, which is only the Ministry of Internal Affairs' part; the Prosecutor General's Office part (6,9) is not added in.",
        ["measure 39/parts/2022"] = "As for 2021: the measure's row gives only the Ministry of Internal Affairs' 3,8.",
        ["measure 39/parts/total"] = "The measure's row total 45,0 is the sum of its own years; the parts total 34,5 + 21,6 = 56,1 (see the 2021 and 2022 differences).",
        ["measure 44/aktobe/row-total"] = "337,0 + 1 220,0 + 650,9 = 2 207,9; the decree prints 2 208,0 (rounding).",
        ["measure 44/regions/2019"] = "The regions' 2019 values add up to 3 179,8; the measure's row says 3 179,9 (rounding).",
        ["measure 47/row-total"] = "The years add up to 35 394,8; the decree prints 35 394,9 (rounding).",
        ["measure 47/regions/total"] = "The regions' totals add up to 35 394,8; the measure's total is 35 394,9 (rounding, as in its row).",
        ["financing/ЖБ/2018"] = "Local-budget measures add up to 23 984,8 for 2018; section 6 states 23 984,7 (rounding).",
        ["financing/ЖБ/2020"] = "Local-budget measures add up to 11 635,9 for 2020; section 6 states 11 636,0 (rounding).",
        ["financing/ЖБ/total"] = "Local-budget measure totals add up to 60 787,6 against the stated 60 787,5 (rounding in the rows of measures 44 and 47 and in the yearly sums).",
        ["financing/РБ/2018"] = "Republican money of the classified («Құпия») measures is not in the text: the visible measures cover only part of the stated amount.",
        ["financing/РБ/2019"] = "Republican money of the classified measures is not in the text.",
        ["financing/РБ/2020"] = "Republican money of the classified measures is not in the text.",
        ["financing/РБ/2021"] = "Republican money of the classified measures is not in the text.",
        ["financing/РБ/2022"] = "Republican money of the classified measures is not in the text.",
        ["financing/РБ/total"] = "Visible republican-budget measures total 78 639,7 of the stated 209 361,3; the remaining 130 721,6 belongs to the classified measures, whose rows the text does not show.",
    };
}
