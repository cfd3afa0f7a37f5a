using System.Globalization;
using Spm.Core.Catalog;
using Spm.Core.Reporting.Validation;

namespace Spm.Core.Notifications.Email;

/// <summary>
/// Everything an email says in one language. Sentences are short and plain; numbers and dates are written the way
/// Kazakhstan writes them (<c>10.07.2019</c>, <c>09:30</c>).
/// </summary>
internal abstract class MailWords
{
    /// <summary>The language tag of the section (<c>kk</c>, <c>ru</c>).</summary>
    public abstract string Language { get; }

    public abstract string Greeting { get; }

    public abstract string Footer { get; }

    public abstract string OrganisationLabel { get; }

    public abstract string PeriodLabel { get; }

    public abstract string DueLabel { get; }

    public abstract string FileLabel { get; }

    public abstract string UploadedLabel { get; }

    public abstract string SubmissionLabel { get; }

    public abstract string SizeLabel { get; }

    public abstract string HashLabel { get; }

    public abstract string RuleLabel { get; }

    public abstract string Period(ReportingPeriod period);

    /// <summary>A unit's full name (the code when the catalog has no such unit).</summary>
    public abstract string UnitName(Agency? agency, string code);

    /// <summary>A unit's short name with its code, for lists: <c>ІІМ (mia)</c>.</summary>
    public abstract string UnitShort(Agency? agency, string code);

    public abstract string Days(int count);

    public abstract string Bytes(long count);

    public abstract string DueDate(DateOnly date);

    // Reminders
    public abstract string ReminderSubject(DateOnly deadline, int daysAfter, bool oneOff);

    public abstract string DaysLeft(int days);

    public abstract string DueToday { get; }

    public abstract string Overdue(int days);

    /// <summary>Where a one-off reminder stands against the measure's own date.</summary>
    public abstract string OneOffStatus(int daysAfter);

    /// <summary>Which report answers for the measure: the period's label in the sentence.</summary>
    public abstract string OneOffReport(string period);

    public abstract string OneOffTitle { get; }

    public abstract string OneOffItem(string code, DateOnly due, int daysAfter);

    public abstract string ItemsTitle(int count);

    public abstract string LastRejected(string uploaded, int errors);

    public abstract string MainErrorsTitle { get; }

    public abstract string FixAndUpload { get; }

    public abstract string LastQuarantined(string uploaded);

    public abstract string QuarantinedAdvice { get; }

    public abstract string Template(string location);

    public abstract string Upload(string location);

    // Receipts
    public abstract string ReceiptAcceptedSubject { get; }

    public abstract string ReceiptRejectedSubject(int errors);

    public abstract string ReceiptDuplicateSubject { get; }

    public abstract string ReceiptFailedSubject { get; }

    public abstract string ReceiptQuarantinedSubject { get; }

    public abstract string Accepted { get; }

    public abstract string Warnings(int count);

    public abstract string AcceptedLate(int days);

    public abstract string Supersedes { get; }

    public abstract string Rejected(int errors, int warnings);

    public abstract string FirstFindingsTitle { get; }

    public abstract string Feedback(string location);

    public abstract string Duplicate(string acceptedId);

    public abstract string FailedKept { get; }

    public abstract string FailedNotKept { get; }

    public abstract string QuarantinedClassified { get; }

    public abstract string QuarantinedUnreadable { get; }

    public abstract string ForwardedNoContact(string unit);

    public abstract string UnknownFolder { get; }

    // Digest
    public abstract string DigestSubject(DateOnly date, int late, int refused, int incidents);

    public abstract string DigestPeriod(string period, DateOnly due, int owing, int accepted);

    public abstract string LateTitle { get; }

    public abstract string LateItem(string unit, int days, bool rejectedOnly);

    public abstract string RefusedTitle { get; }

    public abstract string RefusedItem(string unit, string uploaded, string rule, int errors, bool quarantined);

    public abstract string ProcessingTitle { get; }

    public abstract string OneOffsOverdueTitle { get; }

    public abstract string OneOffOverdueItem(string unit, string code, DateOnly due, int days);

    public abstract string IncidentsTitle { get; }

    public abstract string IncidentItem(string unit, string uploaded, long size, string hashPrefix, string rule, bool classified);

    public abstract string MissingContactsTitle { get; }

    public abstract string UnsentTitle { get; }

    public abstract string UnsentItem(string key, NotificationStatus status);

    public abstract string FindingMessage(Finding finding);

    /// <summary>A finding as one line: its place (<c>Есеп!E12</c>) and the message, never anything else.</summary>
    public string FindingLine(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var place = finding.Sheet is { Length: > 0 } sheet
            ? (finding.Cell is { Length: > 0 } cell ? $"{sheet}!{cell}" : sheet)
            : finding.Cell ?? "";
        return place.Length > 0 ? $"{place} — {FindingMessage(finding)}" : FindingMessage(finding);
    }

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '\u00A0');
}
