using System.Globalization;
using Spm.Core.Catalog;
using Spm.Core.Notifications.Events;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;
using Spm.Core.Status;
using Spm.Core.Submissions;

namespace Spm.Core.Notifications.Reminders;

/// <summary>
/// Plans reminders and the coordinator's digest: a pure function of the catalog, the period's submissions, the
/// findings of the latest rejected uploads, the clock and the policy. Days are local calendar days in the
/// program's zone (<see cref="ReportingDeadlines"/>).
/// </summary>
/// <remarks>
/// Who is reminded: a unit that owes rows in the period (<see cref="ReportObligations.AgenciesOwing"/>) and has no
/// accepted submission for it, unless its latest upload is still being processed or failed on our side (it is owed
/// an answer, not a reminder). What counts: the period's due date, and each one-off measure date (a measure whose
/// deadline is dates) that falls after the previous period's due date and before this one's, reminded on the policy's
/// days before it, on it and after it (no weekly repeats: the period's own reminders take over). An occasion of the
/// period and of a one-off date on the same day make one email.
/// </remarks>
public static class ReminderPlanner
{
    public static ReminderPlan Plan(ReminderInputs inputs, DateTimeOffset now, ReminderPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(policy);
        var catalog = inputs.Catalog;
        var zone = ReportingDeadlines.Zone(catalog.Program.TimeZone);
        var today = ReportingDeadlines.LocalDate(now, zone);
        var sendFrom = policy.SendInstant(today, zone);
        if (now < sendFrom)
        {
            return new ReminderPlan(now, today, sendFrom, [], [], null);
        }

        var reminders = new List<UnitReminder>();
        var periods = new List<DigestPeriod>();
        var oneOffsOverdue = new List<OneOffOverdue>();
        foreach (var period in ActivePeriods(catalog, today, policy))
        {
            var lastOverdueDay = LastOverdueDay(catalog, period, policy);
            var daysAfterDue = ReportingDeadlines.DaysAfter(period.Due, today);
            var owing = ReportObligations.AgenciesOwing(catalog, period.Code);
            var accepted = 0;
            var late = new List<LateUnit>();
            var refused = new List<RefusedUnit>();
            var processing = new List<string>();
            foreach (var unit in owing)
            {
                var uploads = Uploads(inputs.Submissions, unit, period.Code);
                if (uploads.Any(s => s.Outcome == SubmissionOutcome.Accepted))
                {
                    accepted++;
                    continue;
                }

                if (uploads.LastOrDefault() is { Outcome: SubmissionOutcome.Pending or SubmissionOutcome.Failed })
                {
                    processing.Add(unit);
                    continue;
                }

                var refusal = LatestRefusal(uploads, inputs.Findings, policy.TopFindings);
                var items = Items(catalog, unit, period);
                if (refusal is not null)
                {
                    refused.Add(new RefusedUnit(unit, refusal));
                }

                if (daysAfterDue >= policy.EscalateAfterDays && daysAfterDue <= lastOverdueDay)
                {
                    late.Add(new LateUnit(unit, daysAfterDue, refusal is not null));
                }

                foreach (var item in items.Where(i => i.OneOffDue is { } d && d < period.Due))
                {
                    var days = ReportingDeadlines.DaysAfter(item.OneOffDue!.Value, today);
                    if (days >= policy.EscalateAfterDays && today <= period.Due.AddDays(lastOverdueDay))
                    {
                        oneOffsOverdue.Add(new OneOffOverdue(period.Code, unit, item.Code, item.OneOffDue.Value, days));
                    }
                }

                if (ReminderFor(period, unit, today, items, refusal, policy, lastOverdueDay) is { } reminder)
                {
                    reminders.Add(reminder);
                }
            }

            periods.Add(new DigestPeriod(period, owing.Count, accepted, late, refused, processing));
        }

        var digest = policy.Digest
            ? new CoordinatorDigest
            {
                Key = DigestKey(today),
                LocalDate = today,
                Periods = periods,
                OneOffsOverdue = oneOffsOverdue,
                Incidents = Incidents(inputs.RecentUploads, IncidentWindow(today, zone, policy)),
            }
            : null;
        return new ReminderPlan(now, today, sendFrom, reminders, periods, digest);
    }

    /// <summary>The ledger key of a unit's reminder: <c>{period}|{unit}|{occasion}</c>.</summary>
    public static string ReminderKey(string period, string unit, string occasion) => $"{period}|{unit}|{occasion}";

    /// <summary>The ledger key of the coordinator's digest: <c>digest|{localDate}</c>.</summary>
    public static string DigestKey(DateOnly localDate) =>
        "digest|" + localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The occasion of a day <paramref name="daysAfter"/> local days from a deadline, or null when the policy sends
    /// nothing that day: <c>due-N</c> before, <c>due-0</c> on it, <c>overdue-N</c> on the policy's days after, then
    /// (when <paramref name="weekly"/>) <c>overdue-week-K</c> every 7 days, K counting the weeks from the last listed day
    /// as week 1 (with 1,3,7: day 14 is week 2). Nothing after <paramref name="lastDay"/>.
    /// </summary>
    public static string? Occasion(int daysAfter, ReminderPolicy policy, bool weekly, int lastDay)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (daysAfter < 0)
        {
            return policy.BeforeDays.Contains(-daysAfter) ? Format($"due-{-daysAfter}") : null;
        }

        if (daysAfter == 0)
        {
            return policy.OnDueDate ? "due-0" : null;
        }

        if (daysAfter > lastDay)
        {
            return null;
        }

        var after = policy.AfterDays;
        if (after.Contains(daysAfter))
        {
            return Format($"overdue-{daysAfter}");
        }

        var last = after.Count > 0 ? after[^1] : 0;
        return weekly && policy.WeeklyAfter && daysAfter > last && (daysAfter - last) % 7 == 0
            ? Format($"overdue-week-{((daysAfter - last) / 7) + 1}")
            : null;
    }

    /// <summary>
    /// The periods with something to plan on <paramref name="today"/>: from the policy's first day before the
    /// earliest deadline (a one-off date, or the due date) to the last overdue day (<see cref="LastOverdueDay"/>).
    /// </summary>
    public static IReadOnlyList<ReportingPeriod> ActivePeriods(ProgramCatalog catalog, DateOnly today, ReminderPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(policy);
        var lead = policy.BeforeDays.DefaultIfEmpty(0).Max();
        return [.. catalog.Periods
            .Where(p =>
            {
                var first = OneOffDates(catalog, p).Append(p.Due).Min().AddDays(-lead);
                return first <= today && today <= p.Due.AddDays(LastOverdueDay(catalog, p, policy));
            })
            .OrderBy(p => p.Due)];
    }

    /// <summary>
    /// The last overdue day (days after the due date) on which a period is still reminded and listed late: the
    /// policy's maximum, and at most the day before the next period's first reminder.
    /// </summary>
    public static int LastOverdueDay(ProgramCatalog catalog, ReportingPeriod period, ReminderPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(policy);
        var next = catalog.Periods.Where(p => p.Due > period.Due).OrderBy(p => p.Due).FirstOrDefault();
        if (next is null)
        {
            return policy.MaxOverdueDays;
        }

        var takeover = next.Due.AddDays(-policy.BeforeDays.DefaultIfEmpty(0).Max()).DayNumber - period.Due.DayNumber - 1;
        return Math.Max(0, Math.Min(policy.MaxOverdueDays, takeover));
    }

    /// <summary>The incident window of a digest day: from the previous local day's send hour to this day's.</summary>
    public static (DateTimeOffset FromUtc, DateTimeOffset ToUtc) IncidentWindow(DateOnly today, TimeZoneInfo zone, ReminderPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return (policy.SendInstant(today.AddDays(-1), zone), policy.SendInstant(today, zone));
    }

    /// <summary>The submissions whose findings the plan quotes: per unit and period with nothing accepted, the latest upload if it was rejected.</summary>
    public static IReadOnlyList<string> FindingsWanted(IEnumerable<Submission> submissions)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        return [.. submissions
            .Where(s => s.Outcome != SubmissionOutcome.Duplicate)
            .GroupBy(s => (s.Agency, s.Period))
            .Where(g => g.All(s => s.Outcome != SubmissionOutcome.Accepted))
            .Select(g => g.OrderBy(s => s.UploadedUtc).ThenBy(s => s.Id, StringComparer.Ordinal).Last())
            .Where(s => s.Outcome == SubmissionOutcome.Rejected)
            .Select(s => s.Id)];
    }

    /// <summary>Errors before warnings, then by sheet, row and column.</summary>
    public static IReadOnlyList<Finding> Top(IEnumerable<Finding> findings, int count)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return [.. findings
            .OrderBy(f => f.Severity)
            .ThenBy(f => f.Sheet ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Row)
            .ThenBy(f => f.Column)
            .Take(count)];
    }

    private static UnitReminder? ReminderFor(
        ReportingPeriod period, string unit, DateOnly today, IReadOnlyList<OwedItem> items, LastRefusal? refusal, ReminderPolicy policy, int lastOverdueDay)
    {
        var daysAfterDue = ReportingDeadlines.DaysAfter(period.Due, today);
        if (Occasion(daysAfterDue, policy, weekly: true, lastOverdueDay) is { } occasion)
        {
            return new UnitReminder(ReminderKey(period.Code, unit, occasion), period, unit, occasion, period.Due, daysAfterDue, items, refusal);
        }

        var lastOneOffDay = policy.AfterDays.DefaultIfEmpty(0).Max();
        foreach (var date in items.Select(i => i.OneOffDue).OfType<DateOnly>().Where(d => d < period.Due).Distinct().Order())
        {
            var daysAfter = ReportingDeadlines.DaysAfter(date, today);
            if (Occasion(daysAfter, policy, weekly: false, lastOneOffDay) is { } oneOff)
            {
                var name = Format($"oneoff-{date:yyyy-MM-dd}-{oneOff}");
                return new UnitReminder(ReminderKey(period.Code, unit, name), period, unit, name, date, daysAfter, items, refusal);
            }
        }

        return null;
    }

    private static List<Submission> Uploads(IReadOnlyList<Submission> submissions, string unit, string period) =>
        [.. submissions
            .Where(s => s.Agency == unit && s.Period == period && s.Outcome != SubmissionOutcome.Duplicate)
            .OrderBy(s => s.UploadedUtc)
            .ThenBy(s => s.Id, StringComparer.Ordinal)];

    private static LastRefusal? LatestRefusal(List<Submission> uploads, IReadOnlyDictionary<string, IReadOnlyList<Finding>> findings, int top)
    {
        var last = uploads.LastOrDefault(s => ComplianceRules.IsRefused(s.Outcome));
        if (last is null)
        {
            return null;
        }

        // A quarantined upload has no findings to quote, and nothing of its content may be quoted anyway.
        var quoted = last.Outcome == SubmissionOutcome.Rejected && findings.TryGetValue(last.Id, out var all) ? Top(all, top) : [];
        return new LastRefusal(last.Id, last.UploadedUtc, last.Outcome, last.Rule, last.Errors, last.Classified, quoted);
    }

    private static List<OwedItem> Items(ProgramCatalog catalog, string unit, ReportingPeriod period)
    {
        var window = OneOffWindowStart(catalog, period);
        var measures = catalog.Measures.ToDictionary(m => ReportObligations.MeasureCode(m.Number), StringComparer.Ordinal);
        return [.. ReportObligations.For(catalog, unit, period.Code).Rows.Select(row =>
        {
            DateOnly? oneOff = row.Kind == ReportRowKind.Measure && measures.TryGetValue(row.Code, out var measure)
                ? MeasureRules.DueDatesIn(measure, period, catalog.Periods).Where(d => d > window).Cast<DateOnly?>().FirstOrDefault()
                : null;
            return new OwedItem(row.Code, row.Kind, row.NameKk, oneOff);
        })];
    }

    // One-off dates a period's reminders are about: after the previous period's due date (earlier ones were that
    // period's to remind), on or before this one's.
    private static IEnumerable<DateOnly> OneOffDates(ProgramCatalog catalog, ReportingPeriod period)
    {
        var window = OneOffWindowStart(catalog, period);
        return catalog.Measures
            .Where(m => !m.Classified && !m.Incomplete)
            .SelectMany(m => MeasureRules.DueDatesIn(m, period, catalog.Periods))
            .Where(d => d > window);
    }

    private static DateOnly OneOffWindowStart(ProgramCatalog catalog, ReportingPeriod period) =>
        catalog.Periods.Where(p => p.Due < period.Due).Select(p => p.Due).DefaultIfEmpty(DateOnly.MinValue).Max();

    private static List<ClassifiedIncident> Incidents(IReadOnlyList<Submission> uploads, (DateTimeOffset FromUtc, DateTimeOffset ToUtc) window) =>
        [.. uploads
            .Where(s => (s.Classified || s.Outcome == SubmissionOutcome.Quarantined) && s.UploadedUtc >= window.FromUtc && s.UploadedUtc < window.ToUtc)
            .OrderBy(s => s.UploadedUtc)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => new ClassifiedIncident(s.Id, s.Agency, s.UploadedUtc, s.SizeBytes, IntegrationEvents.HashPrefix(s.Sha256), s.Rule, s.Classified))];

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
