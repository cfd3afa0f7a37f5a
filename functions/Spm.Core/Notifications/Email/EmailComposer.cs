using System.Globalization;
using Microsoft.Extensions.Options;
using Spm.Core.Catalog;
using Spm.Core.Notifications.Contacts;
using Spm.Core.Notifications.Events;
using Spm.Core.Notifications.Reminders;
using Spm.Core.Reporting.Validation;
using Spm.Core.Status;
using Spm.Core.Submissions;

namespace Spm.Core.Notifications.Email;

/// <summary>
/// Writes the emails: reminders, the coordinator's digest and receipts, in Kazakh and Russian (or the contact's
/// preference), plain text and HTML with every value escaped. Subject lines carry both languages, so that filters
/// and a reader of either language recognise the message. Nothing of a non-storable upload's content is quoted.
/// </summary>
public sealed class EmailComposer(LoadedCatalog catalog, IOptions<NotificationOptions> options)
{
    private readonly NotificationOptions settings = options.Value;
    private readonly TimeZoneInfo zone = ReportingDeadlines.Zone(catalog.Catalog.Program.TimeZone);
    private readonly Dictionary<string, Agency> agencies = catalog.Catalog.Agencies.ToDictionary(a => a.Code, StringComparer.Ordinal);

    public EmailMessage Reminder(UnitReminder reminder, Contact contact)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        ArgumentNullException.ThrowIfNull(contact);
        var subject = Subject(w => w.ReminderSubject(reminder.Deadline, reminder.DaysAfterDeadline, reminder.IsOneOff));
        var sections = Words(contact.Language).Select(w =>
        {
            var section = new MailSection(w.Language).Paragraph(w.Greeting).Fields(
                (w.OrganisationLabel, w.UnitName(Agency(reminder.Unit), reminder.Unit)),
                (w.PeriodLabel, w.Period(reminder.Period)),
                (w.DueLabel, w.DueDate(reminder.Period.Due)));
            if (reminder.IsOneOff)
            {
                section.Paragraph(w.OneOffStatus(reminder.DaysAfterDeadline)).Paragraph(w.OneOffReport(w.Period(reminder.Period)));
            }
            else
            {
                section.Paragraph(reminder.DaysAfterDeadline switch
                {
                    < 0 => w.DaysLeft(-reminder.DaysAfterDeadline),
                    0 => w.DueToday,
                    _ => w.Overdue(reminder.DaysAfterDeadline),
                });
            }

            var today = reminder.Deadline.AddDays(reminder.DaysAfterDeadline);
            section.List(w.OneOffTitle, reminder.Items
                .Where(i => i.OneOffDue is { } d && d <= reminder.Period.Due)
                .Select(i => w.OneOffItem(i.Code, i.OneOffDue!.Value, ReportingDeadlines.DaysAfter(i.OneOffDue.Value, today))));
            if (reminder.LastRefusal is { } refusal)
            {
                var uploaded = LocalTime(refusal.UploadedUtc);
                if (refusal.Outcome == SubmissionOutcome.Rejected)
                {
                    section.Paragraph(w.LastRejected(uploaded, refusal.Errors))
                        .List(w.MainErrorsTitle, refusal.TopFindings.Select(w.FindingLine))
                        .Paragraph(w.FixAndUpload);
                }
                else
                {
                    section.Paragraph(w.LastQuarantined(uploaded)).Paragraph(w.QuarantinedAdvice);
                }
            }

            return section
                .List(w.ItemsTitle(reminder.Items.Count), reminder.Items.Select(i => $"{i.Code} — {Shorten(i.NameKk)}"))
                .Paragraph(w.Template(settings.Template(reminder.Unit, reminder.Period.Code)))
                .Paragraph(w.Upload(settings.Upload(reminder.Unit)))
                .Paragraph(w.Footer);
        }).ToList();
        return Message(reminder.Key, NotificationKind.Reminder, reminder.Unit, contact, subject, sections,
            ["spm", "reminder", reminder.IsOneOff ? "oneoff" : reminder.Occasion, reminder.Period.Code],
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["period"] = reminder.Period.Code,
                ["occasion"] = reminder.Occasion,
            });
    }

    public EmailMessage Digest(CoordinatorDigest digest, Contact coordinator)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(coordinator);
        var late = digest.Periods.Sum(p => p.Late.Count);
        var refused = digest.Periods.Sum(p => p.Refused.Count);
        var subject = Subject(w => w.DigestSubject(digest.LocalDate, late, refused, digest.Incidents.Count));
        var sections = Words(coordinator.Language).Select(w =>
        {
            var section = new MailSection(w.Language).Paragraph(w.Greeting);
            foreach (var period in digest.Periods)
            {
                section.Paragraph(Capitalise(w.DigestPeriod(w.Period(period.Period), period.Period.Due, period.UnitsOwing, period.UnitsAccepted)))
                    .List(w.LateTitle, period.Late.Select(l => w.LateItem(w.UnitShort(Agency(l.Unit), l.Unit), l.DaysOverdue, l.RejectedOnly)))
                    .List(w.RefusedTitle, period.Refused.Select(r => w.RefusedItem(
                        w.UnitShort(Agency(r.Unit), r.Unit),
                        LocalTime(r.Refusal.UploadedUtc),
                        r.Refusal.Rule,
                        r.Refusal.Errors,
                        r.Refusal.Outcome == SubmissionOutcome.Quarantined)))
                    .List(w.ProcessingTitle, period.Processing.Select(u => w.UnitShort(Agency(u), u)));
            }

            return section
                .List(w.OneOffsOverdueTitle, digest.OneOffsOverdue.Select(o => w.OneOffOverdueItem(w.UnitShort(Agency(o.Unit), o.Unit), o.Code, o.Due, o.DaysOverdue)))
                .List(w.IncidentsTitle, digest.Incidents.Select(i => w.IncidentItem(
                    w.UnitShort(Agency(i.Unit), i.Unit), LocalTime(i.UploadedUtc), i.SizeBytes, i.HashPrefix, i.Rule, i.Classified)))
                .List(w.MissingContactsTitle, digest.MissingContacts.Select(u => w.UnitShort(Agency(u), u)))
                .List(w.UnsentTitle, digest.Unsent.Select(n => w.UnsentItem(n.Key, n.Status)))
                .Paragraph(w.Footer);
        }).ToList();
        return Message(digest.Key, NotificationKind.Digest, Contact.CoordinatorUnit, coordinator, subject, sections,
            ["spm", "digest"],
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["date"] = digest.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            });
    }

    /// <summary>
    /// The receipt for an upload's outcome, to <paramref name="contact"/>: the unit's own, or the coordinator's when the
    /// unit has none (or the folder is not a unit), which the text then says. Findings are quoted only from a storable upload.
    /// </summary>
    public EmailMessage Receipt(Submission submission, IReadOnlyList<Finding> findings, Contact contact)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(contact);
        if (!submission.IsTerminal)
        {
            throw new ArgumentException($"Submission {submission.Id} has no outcome yet; a receipt needs one.", nameof(submission));
        }

        var storable = submission.Outcome != SubmissionOutcome.Quarantined && !submission.Classified;
        var quoted = storable ? ReminderPlanner.Top(findings, settings.ReceiptFindings) : [];
        var period = catalog.Catalog.Periods.FirstOrDefault(p => p.Code == submission.Period);
        var subject = Subject(w => submission.Outcome switch
        {
            SubmissionOutcome.Accepted => w.ReceiptAcceptedSubject,
            SubmissionOutcome.Rejected => w.ReceiptRejectedSubject(submission.Errors),
            SubmissionOutcome.Duplicate => w.ReceiptDuplicateSubject,
            SubmissionOutcome.Failed => w.ReceiptFailedSubject,
            _ => w.ReceiptQuarantinedSubject,
        });
        var sections = Words(contact.Language).Select(w =>
        {
            var section = new MailSection(w.Language).Paragraph(w.Greeting);
            if (submission.Agency == Submission.UnknownAgency)
            {
                section.Paragraph(w.UnknownFolder);
            }
            else if (contact.Unit != submission.Agency)
            {
                section.Paragraph(w.ForwardedNoContact(submission.Agency));
            }

            section.Fields(
                (w.OrganisationLabel, submission.Agency == Submission.UnknownAgency ? "" : w.UnitName(Agency(submission.Agency), submission.Agency)),
                (w.PeriodLabel, period is null ? "" : w.Period(period)),
                (w.FileLabel, storable ? submission.BlobName : ""),
                (w.UploadedLabel, LocalTime(submission.UploadedUtc)),
                (w.SubmissionLabel, submission.Id));
            switch (submission.Outcome)
            {
                case SubmissionOutcome.Accepted:
                    section.Paragraph(w.Accepted);
                    if (submission.Late && submission.DaysLate > 0)
                    {
                        section.Paragraph(w.AcceptedLate(submission.DaysLate));
                    }

                    if (submission.Supersedes.Length > 0)
                    {
                        section.Paragraph(w.Supersedes);
                    }

                    if (submission.Warnings > 0)
                    {
                        section.Paragraph(w.Warnings(submission.Warnings)).List(w.FirstFindingsTitle, quoted.Select(w.FindingLine));
                        FeedbackLine(section, w, submission);
                    }

                    break;
                case SubmissionOutcome.Rejected:
                    section.Paragraph(w.Rejected(submission.Errors, submission.Warnings));
                    if (quoted.Count == 0 && submission.Rule.Length > 0)
                    {
                        section.Fields((w.RuleLabel, submission.Rule));
                    }

                    section.List(w.FirstFindingsTitle, quoted.Select(w.FindingLine));
                    FeedbackLine(section, w, submission);
                    section.Paragraph(w.FixAndUpload);
                    break;
                case SubmissionOutcome.Duplicate:
                    section.Paragraph(w.Duplicate(submission.DuplicateOf));
                    break;
                case SubmissionOutcome.Failed:
                    section.Paragraph(submission.Stored ? w.FailedKept : w.FailedNotKept);
                    break;
                default:
                    section.Paragraph(submission.Classified ? w.QuarantinedClassified : w.QuarantinedUnreadable)
                        .Fields(
                            (w.SizeLabel, w.Bytes(submission.SizeBytes)),
                            (w.HashLabel, IntegrationEvents.HashPrefix(submission.Sha256)),
                            (w.RuleLabel, submission.Rule));
                    break;
            }

            return section.Paragraph(w.Footer);
        }).ToList();
        var outcome = IntegrationEvents.Outcome(submission.Outcome);
        return Message(ReceiptKey(submission), NotificationKind.Receipt, submission.Agency, contact, subject, sections,
            ["spm", "receipt", outcome, .. submission.Period.Length > 0 ? [submission.Period] : Array.Empty<string>()],
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["period"] = submission.Period,
                ["submission"] = submission.Id,
                ["outcome"] = outcome,
            });
    }

    /// <summary>The ledger key of a receipt: <c>receipt|{submissionId}|{outcome}</c>.</summary>
    public static string ReceiptKey(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return $"receipt|{submission.Id}|{IntegrationEvents.Outcome(submission.Outcome)}";
    }

    private void FeedbackLine(MailSection section, MailWords words, Submission submission)
    {
        if (submission.FeedbackPath.Length > 0)
        {
            section.Paragraph(words.Feedback(settings.Feedback(submission.FeedbackPath)));
        }
    }

    private static EmailMessage Message(
        string key, NotificationKind kind, string unit, Contact contact, string subject, IReadOnlyList<MailSection> sections,
        IReadOnlyList<string> categories, Dictionary<string, string> customArgs)
    {
        var (text, html) = MailLayout.Render(subject, sections);
        customArgs["key"] = key;
        customArgs["kind"] = kind.ToString().ToLowerInvariant();
        customArgs["unit"] = unit;
        return new EmailMessage
        {
            Key = key,
            Kind = kind,
            Unit = unit,
            To = [contact.To],
            Cc = contact.Cc,
            Subject = subject,
            Text = text,
            Html = html,
            Categories = categories,
            CustomArgs = customArgs,
        };
    }

    private static string Subject(Func<MailWords, string> line) => $"{line(KazakhWords.Instance)} / {line(RussianWords.Instance)}";

    private static IReadOnlyList<MailWords> Words(ContactLanguage language) => language switch
    {
        ContactLanguage.Kazakh => [KazakhWords.Instance],
        ContactLanguage.Russian => [RussianWords.Instance],
        _ => [KazakhWords.Instance, RussianWords.Instance],
    };

    private Agency? Agency(string code) => agencies.GetValueOrDefault(code);

    private string LocalTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // Row names are the decree's own; long ones are cut so that a list stays readable (the template has them whole).
    private static string Shorten(string name)
    {
        const int Max = 120;
        var flat = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= Max ? flat : flat[..Max].TrimEnd() + "…";
    }
}
