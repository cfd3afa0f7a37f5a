using Spm.Core.Catalog;
using Spm.Core.Reporting.Validation;

namespace Spm.Core.Notifications.Email;

/// <summary>The Kazakh text of every email.</summary>
internal sealed class KazakhWords : MailWords
{
    public static KazakhWords Instance { get; } = new();

    public override string Language => "kk";

    public override string Greeting => "Құрметті әріптестер!";

    public override string Footer => "Бұл хат автоматты түрде жіберілді. Оған жауап бермеңіз.";

    public override string OrganisationLabel => "Ұйым";

    public override string PeriodLabel => "Есепті кезең";

    public override string DueLabel => "Тапсыру мерзімі";

    public override string FileLabel => "Файл";

    public override string UploadedLabel => "Жүктелген уақыты";

    public override string SubmissionLabel => "Тіркеу нөмірі";

    public override string SizeLabel => "Өлшемі";

    public override string HashLabel => "SHA-256 (басы)";

    public override string RuleLabel => "Ереже";

    public override string Period(ReportingPeriod period) => period.Kind switch
    {
        "H1" => $"{period.Year} жылдың бірінші жартыжылдығы",
        "FY" => $"{period.Year} жыл",
        _ => period.Code,
    };

    public override string UnitName(Agency? agency, string code) => agency?.NameKk is { Length: > 0 } name ? name : code;

    public override string UnitShort(Agency? agency, string code) =>
        agency?.Abbreviation is { Length: > 0 } abbreviation ? $"{abbreviation} ({code})" : code;

    public override string Days(int count) => $"{count} күн";

    public override string Bytes(long count) => $"{Number(count)} байт";

    public override string DueDate(DateOnly date) => $"{Date(date)}, күн соңына дейін";

    public override string ReminderSubject(DateOnly deadline, int daysAfter, bool oneOff) => (oneOff, daysAfter) switch
    {
        (false, < 0) => $"Есеп тапсыру мерзімі {Date(deadline)}: {Days(-daysAfter)} қалды",
        (false, 0) => $"Есепті бүгін тапсыру керек ({Date(deadline)})",
        (false, _) => $"Есеп тапсыру мерзімі өтті ({Days(daysAfter)})",
        (true, < 0) => $"Іс-шараның орындалу мерзімі {Date(deadline)}: {Days(-daysAfter)} қалды",
        (true, 0) => $"Іс-шараның орындалу мерзімі — бүгін ({Date(deadline)})",
        (true, _) => $"Іс-шараның орындалу мерзімі өтті ({Days(daysAfter)})",
    };

    public override string DaysLeft(int days) => $"Мерзімге дейін {Days(days)} қалды.";

    public override string DueToday => "Мерзім — бүгін.";

    public override string Overdue(int days) => $"Мерзімнен {Days(days)} өтті. Үйлестірушіге хабар берілді.";

    public override string OneOffStatus(int daysAfter) => daysAfter switch
    {
        < 0 => $"Іс-шараны орындау мерзіміне дейін {Days(-daysAfter)} қалды.",
        0 => "Іс-шараны орындау мерзімі — бүгін.",
        _ => $"Іс-шараны орындау мерзімінен {Days(daysAfter)} өтті.",
    };

    public override string OneOffReport(string period) => $"Орындалуы туралы {period} бойынша есепте көрсетіңіз.";

    public override string OneOffTitle => "Жеке мерзімі бар іс-шаралар:";

    public override string OneOffItem(string code, DateOnly due, int daysAfter) => daysAfter switch
    {
        < 0 => $"{code} — мерзімі {Date(due)}, {Days(-daysAfter)} қалды",
        0 => $"{code} — мерзімі {Date(due)}, бүгін",
        _ => $"{code} — мерзімі {Date(due)}, {Days(daysAfter)} өтті",
    };

    public override string ItemsTitle(int count) => $"Есепке енетін жолдар ({count}):";

    public override string LastRejected(string uploaded, int errors) => $"Соңғы жүктелген файл ({uploaded}) қабылданбады. Қателер саны: {errors}.";

    public override string MainErrorsTitle => "Негізгі қателер:";

    public override string FixAndUpload => "Қателерді түзетіп, файлды қайта жүктеңіз.";

    public override string LastQuarantined(string uploaded) => $"Соңғы жүктелген файл ({uploaded}) қабылданбады және сақталмады.";

    public override string QuarantinedAdvice => "Файлды есеп үлгісі бойынша қайта толтырып, жүктеңіз. Сұрақ болса, үйлестірушіге хабарласыңыз.";

    public override string Template(string location) => $"Есеп үлгісі: {location}";

    public override string Upload(string location) => $"Толтырылған файлды мына қалтаға жүктеңіз: {location}";

    public override string ReceiptAcceptedSubject => "Есеп қабылданды";

    public override string ReceiptRejectedSubject(int errors) => $"Есеп қабылданбады: {errors} қате";

    public override string ReceiptDuplicateSubject => "Бұл файл бұрын қабылданған";

    public override string ReceiptFailedSubject => "Файлды өңдеу кезінде ақау болды";

    public override string ReceiptQuarantinedSubject => "Файл қабылданбады және сақталмады";

    public override string Accepted => "Есеп қабылданды. Рахмет!";

    public override string Warnings(int count) => $"Ескертулер саны: {count}. Оларды қарап шығуды сұраймыз.";

    public override string AcceptedLate(int days) => $"Есеп мерзімнен {Days(days)} кеш тапсырылды.";

    public override string Supersedes => "Бұл есеп осы кезеңге бұрын қабылданған есептің орнына жүреді.";

    public override string Rejected(int errors, int warnings) => $"Есеп қабылданбады. Қателер: {errors}, ескертулер: {warnings}.";

    public override string FirstFindingsTitle => "Қателер мен ескертулер (алғашқылары):";

    public override string Feedback(string location) => $"Барлық қателер мен ескертулер кері байланыс файлында белгіленген: {location}";

    public override string Duplicate(string acceptedId) =>
        $"Дәл осы файл бұрын қабылданған (тіркеу нөмірі {acceptedId}). Ол қайта өңделмеді. Басқа ештеңе істеудің қажеті жоқ.";

    public override string FailedKept => "Файлды өңдеу кезінде техникалық ақау болды. Файл сақталды, біз оны қайта өңдейміз. Файлды қайта жүктеудің қажеті жоқ.";

    public override string FailedNotKept => "Файлды өңдеу кезінде техникалық ақау болды. Файлды қайта жүктеңіз.";

    public override string QuarantinedClassified =>
        "Файлда құпия іс-шараға сілтеме табылды. Мұндай файлды қабылдауға және сақтауға болмайды. Файл жойылды, тек оның метадеректері тіркелді. Үйлестірушіге хабар берілді.";

    public override string QuarantinedUnreadable =>
        "Файлды толық тексеру мүмкін болмады, сондықтан ол қабылданбады және сақталмады. Файл жойылды, тек оның метадеректері тіркелді. Файлды есеп үлгісі бойынша қайта толтырып, жүктеңіз.";

    public override string ForwardedNoContact(string unit) => $"«{unit}» ұйымының хат жіберу мекенжайы жоқ. Сондықтан бұл хат үйлестірушіге жіберілді.";

    public override string UnknownFolder => "Файл белгісіз қалтаға жүктелді, сондықтан ол қабылданбады. Бұл хат үйлестірушіге жіберілді.";

    public override string DigestSubject(DateOnly date, int late, int refused, int incidents) =>
        $"Күнделікті шолу {Date(date)}: мерзімі өткен — {late}, қабылданбаған — {refused}, оқиға — {incidents}";

    public override string DigestPeriod(string period, DateOnly due, int owing, int accepted) =>
        $"{period}: тапсыру мерзімі {Date(due)}. Есеп беруі тиіс ұйымдар — {owing}, есебі қабылданғандар — {accepted}.";

    public override string LateTitle => "Мерзімі өткендер:";

    public override string LateItem(string unit, int days, bool rejectedOnly) =>
        $"{unit} — {Days(days)}, " + (rejectedOnly ? "жүктеген файлдары қабылданбады" : "файл жүктемеген");

    public override string RefusedTitle => "Соңғы файлы қабылданбағандар:";

    public override string RefusedItem(string unit, string uploaded, string rule, int errors, bool quarantined) =>
        $"{unit} — {uploaded}" + (rule.Length > 0 ? $", ереже {rule}" : "") + (quarantined ? ", файл сақталмады" : $", қате {errors}");

    public override string ProcessingTitle => "Файлы өңделуде немесе өңдеу кезінде ақау болды:";

    public override string OneOffsOverdueTitle => "Жеке мерзімі өткен іс-шаралар:";

    public override string OneOffOverdueItem(string unit, string code, DateOnly due, int days) =>
        $"{unit} — {code}, мерзімі {Date(due)}, {Days(days)} өтті";

    public override string IncidentsTitle => "Сақталмаған файлдар (тек метадеректер):";

    public override string IncidentItem(string unit, string uploaded, long size, string hashPrefix, string rule, bool classified) =>
        $"{unit} — {uploaded}, {Bytes(size)}, SHA-256 {hashPrefix}…, ереже {rule}, " + (classified ? "құпия мәлімет табылды" : "толық тексерілмеді");

    public override string MissingContactsTitle => "Хат жіберу мекенжайы жоқ ұйымдар (бүгінгі хаттар жіберілмеді):";

    public override string UnsentTitle => "Жіберілмеген немесе жеткізілуі расталмаған хаттар:";

    public override string UnsentItem(string key, NotificationStatus status) =>
        $"{key} — " + (status == NotificationStatus.Failed ? "жіберілмеді" : "расталмады");

    public override string FindingMessage(Finding finding) => finding.Kazakh;
}
