using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Spm.Core.Status;
using Spm.Core.Submissions;

namespace Spm.Core.Notifications.Events;

/// <summary>Builds the integration events from domain facts, with their deterministic ids (see docs/events.md).</summary>
public static class IntegrationEvents
{
    /// <summary>The prefix of every CloudEvents type.</summary>
    public const string TypePrefix = "kz.spm.";

    /// <summary>Characters of the SHA-256 an incident discloses.</summary>
    public const int HashPrefixLength = 12;

    private const int MaxIdLength = 128;

    public static string TypeName(IntegrationEventType type) => TypePrefix + type switch
    {
        IntegrationEventType.SubmissionReceived => "submission.received",
        IntegrationEventType.SubmissionAccepted => "submission.accepted",
        IntegrationEventType.SubmissionRejected => "submission.rejected",
        IntegrationEventType.SubmissionFailed => "submission.failed",
        IntegrationEventType.StatusChanged => "status.changed",
        IntegrationEventType.DeadlineMissed => "deadline.missed",
        IntegrationEventType.ClassifiedIncident => "incident.classified",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>
    /// The event for a submission's current state: pending → received, accepted, rejected, failed, quarantined →
    /// classified incident (metadata only); null for a duplicate (its upload was already announced as received).
    /// </summary>
    public static IntegrationEvent? ForSubmission(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var type = submission.Outcome switch
        {
            SubmissionOutcome.Pending => IntegrationEventType.SubmissionReceived,
            SubmissionOutcome.Accepted => IntegrationEventType.SubmissionAccepted,
            SubmissionOutcome.Rejected => IntegrationEventType.SubmissionRejected,
            SubmissionOutcome.Failed => IntegrationEventType.SubmissionFailed,
            SubmissionOutcome.Quarantined => IntegrationEventType.ClassifiedIncident,
            _ => (IntegrationEventType?)null,
        };
        if (type is not { } known)
        {
            return null;
        }

        var subject = $"{submission.Agency}/{PeriodOrDash(submission.Period)}/{submission.Id}";
        var time = (submission.FinishedUtc ?? submission.UploadedUtc).ToUniversalTime();
        if (known == IntegrationEventType.ClassifiedIncident)
        {
            return Create(known, submission.Id, subject, submission.Id, time, new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["submissionId"] = submission.Id,
                ["agency"] = submission.Agency,
                ["uploadedUtc"] = submission.UploadedUtc.ToUniversalTime(),
                ["sizeBytes"] = submission.SizeBytes,
                ["sha256Prefix"] = HashPrefix(submission.Sha256),
                ["rule"] = submission.Rule,
            });
        }

        var data = new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["submissionId"] = submission.Id,
            ["agency"] = submission.Agency,
            ["period"] = submission.Period,
            ["outcome"] = Outcome(submission.Outcome),
            ["uploadedUtc"] = submission.UploadedUtc.ToUniversalTime(),
            ["sizeBytes"] = submission.SizeBytes,
            ["sha256"] = submission.Sha256,
        };
        if (known != IntegrationEventType.SubmissionReceived)
        {
            data["finishedUtc"] = submission.FinishedUtc?.ToUniversalTime();
            data["rule"] = submission.Rule;
            data["errors"] = submission.Errors;
            data["warnings"] = submission.Warnings;
            data["late"] = submission.Late;
            data["daysLate"] = submission.DaysLate;
            data["supersedes"] = submission.Supersedes;
            data["feedbackPath"] = submission.FeedbackPath;
        }

        return Create(known, submission.Id, subject, submission.Id, time, data);
    }

    /// <summary>A unit's compliance status for a period changed (the status recompute calls this per changed row).</summary>
    public static IntegrationEvent StatusChanged(string period, string unit, ComplianceStatus? previous, ComplianceVerdict current, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(current);
        var status = Status(current.Status);
        return Create(
            IntegrationEventType.StatusChanged,
            $"{period}:{unit}:{(previous is { } p ? Status(p) : "none")}:{status}",
            $"{unit}/{period}",
            period,
            time.ToUniversalTime(),
            new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["period"] = period,
                ["unit"] = unit,
                ["previousStatus"] = previous is { } before ? Status(before) : null,
                ["status"] = status,
                ["daysLate"] = current.DaysLate,
                ["daysOverdue"] = current.DaysOverdue,
            });
    }

    /// <summary>A unit owes a period's report and the due date has passed; time is the first overdue instant.</summary>
    public static IntegrationEvent DeadlineMissed(string period, string unit, DateOnly due, DateTimeOffset overdueFrom, bool rejectedOnly) =>
        Create(
            IntegrationEventType.DeadlineMissed,
            $"{period}:{unit}",
            $"{unit}/{period}",
            period,
            overdueFrom.ToUniversalTime(),
            new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["period"] = period,
                ["unit"] = unit,
                ["dueDate"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["rejectedOnly"] = rejectedOnly,
            });

    /// <summary>The first <see cref="HashPrefixLength"/> characters of a hash: enough to match a file, not to stand for it.</summary>
    public static string HashPrefix(string sha256) =>
        sha256.Length <= HashPrefixLength ? sha256 : sha256[..HashPrefixLength];

    public static string Outcome(SubmissionOutcome outcome) => outcome.ToString().ToLowerInvariant();

    private static string Status(ComplianceStatus status) => status switch
    {
        ComplianceStatus.NotDue => "not-due",
        ComplianceStatus.OnTime => "on-time",
        ComplianceStatus.Late => "late",
        ComplianceStatus.Missing => "missing",
        ComplianceStatus.RejectedOnly => "rejected-only",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string PeriodOrDash(string period) => period.Length == 0 ? "-" : period;

    // The id is the type and the fact's natural key; too long for a Service Bus message id, its SHA-256 instead.
    private static IntegrationEvent Create(IntegrationEventType type, string key, string subject, string correlationId, DateTimeOffset time, IReadOnlyDictionary<string, object?> data)
    {
        var id = TypeName(type)[TypePrefix.Length..] + ":" + key;
        if (id.Length > MaxIdLength)
        {
            id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
        }

        return new IntegrationEvent(type, id, subject, correlationId, time, data);
    }
}
