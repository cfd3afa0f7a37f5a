using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;
using Spm.Core.Status;

namespace Spm.Core.Submissions;

/// <summary>
/// "Validate a submission": reads the archived original, checks it as <c>spm validate</c> does, writes its findings and
/// feedback workbook, and records accepted or rejected; on acceptance writes its values and re-links the unit's chain of
/// reports for the period. Safe under at-least-once delivery: a message processed twice, or two uploads of one unit and
/// period racing, leave the state of one clean run (deterministic keys, versions on every row that decides).
/// After the last attempt the submission is marked failed with the reason, and the message goes to the poison queue.
/// </summary>
public sealed partial class SubmissionProcessor(
    LoadedCatalog catalog,
    ISubmissionStore submissions,
    IReportedValueStore values,
    IReportArchive archive,
    ReportCheck check,
    ReportChain chain,
    IEnumerable<ISubmissionObserver> observers,
    PipelineOptions options,
    TimeProvider time,
    ILogger<SubmissionProcessor> logger)
{
    private readonly TimeZoneInfo _zone = ReportingDeadlines.Zone(catalog.Catalog.Program.TimeZone);

    /// <summary>Validates the submission; <paramref name="attempt"/> is the message's dequeue count.</summary>
    public async Task ValidateAsync(ValidationRequest request, long attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            await ValidateOnceAsync(request, attempt, cancellationToken);
        }
        catch (Exception exception) when (attempt >= options.MaxAttempts && exception is not OperationCanceledException)
        {
            // The last attempt: record why, then let the runtime move the message to the poison queue.
            await MarkFailedAsync(request, $"{exception.GetType().Name}: {exception.Message}", cancellationToken);
            throw;
        }
    }

    /// <summary>Marks a submission failed (the poison queue's handler, and the last attempt); terminal ones are left alone.</summary>
    public async Task MarkFailedAsync(ValidationRequest request, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stored = await submissions.GetAsync(request.Agency, request.SubmissionId, cancellationToken);
        if (stored is null || stored.Submission.IsTerminal)
        {
            return;
        }

        var failed = stored.Submission with
        {
            Outcome = SubmissionOutcome.Failed,
            Rule = SubmissionRules.Failed,
            FailureReason = reason.Length > 1000 ? reason[..1000] : reason,
            FinishedUtc = time.GetUtcNow(),
        };
        var findings = new[] { SubmissionRules.Explain(SubmissionRules.Failed) };
        await submissions.ReplaceFindingsAsync(failed, findings, cancellationToken);
        await submissions.SaveAsync(failed, stored.ETag, cancellationToken);
        LogFailed(logger, failed.Id, failed.Agency);
        await NotifyAsync(failed, findings, cancellationToken);
    }

    private async Task ValidateOnceAsync(ValidationRequest request, long attempt, CancellationToken cancellationToken)
    {
        var stored = await submissions.GetAsync(request.Agency, request.SubmissionId, cancellationToken);
        if (stored is null)
        {
            LogUnknown(logger, request.SubmissionId);
            return;
        }

        var submission = stored.Submission;
        if (submission.IsTerminal)
        {
            // Delivered again after it finished: make sure what follows an outcome happened, then stop.
            if (submission.Outcome == SubmissionOutcome.Accepted)
            {
                await chain.NormalizeAsync(submission.Agency, submission.Period, cancellationToken);
            }

            await NotifyAsync(submission, await submissions.GetFindingsAsync(submission, cancellationToken), cancellationToken);
            return;
        }

        var etag = await submissions.SaveAsync(submission with { Attempts = (int)Math.Min(attempt, int.MaxValue) }, stored.ETag, cancellationToken);
        var bytes = await archive.ReadAsync(submission.ArchivePath, cancellationToken);
        if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != submission.Sha256)
        {
            throw new InvalidOperationException($"The archived original of {submission.Id} does not match its SHA-256.");
        }

        var result = await check.CheckAsync(new MemoryStream(bytes, writable: false), submission.Agency, cancellationToken);
        var period = result.Period ?? submission.Period;
        submission = submission with
        {
            Period = period,
            Attempts = (int)Math.Min(attempt, int.MaxValue),
            Errors = result.Errors,
            Warnings = result.Warnings,
            Rows = result.Values.Count,
            FinishedUtc = time.GetUtcNow(),
        };

        if (!result.Storable)
        {
            // The ingest screen let it through and this one did not (the catalog or the screen changed in between).
            var deleted = await archive.TryDeleteAsync(submission.ArchivePath, cancellationToken);
            submission = submission with
            {
                Outcome = SubmissionOutcome.Quarantined,
                Rule = result.Findings.Count > 0 ? result.Findings[0].RuleId : "",
                Stored = !deleted,
                Classified = result.ContainsClassified,
                ArchivePath = deleted ? "" : submission.ArchivePath,
            };
            await FinishAsync(submission, etag, result.Findings, cancellationToken);
            return;
        }

        if (ReportCheck.WhyNoFeedback(result, catalog.Catalog) is null)
        {
            var path = DropPath.Feedback(submission.Agency, period, submission.Id);
            await archive.WriteFeedbackAsync(path, (stream, token) => check.WriteFeedbackAsync(result, stream, token), cancellationToken);
            submission = submission with { FeedbackPath = archive.FeedbackLocation(path) };
        }

        if (result.Accepted)
        {
            var (late, daysLate) = Lateness(period, submission.UploadedUtc);
            submission = submission with { Outcome = SubmissionOutcome.Accepted, Rule = "", Late = late, DaysLate = daysLate };
            await values.WriteAsync(submission, result.Values, current: false, cancellationToken);
            await FinishAsync(submission, etag, result.Findings, cancellationToken);
            return;
        }

        var rule = result.Findings.FirstOrDefault(f => f.Severity == FindingSeverity.Error)?.RuleId ?? "";
        await FinishAsync(submission with { Outcome = SubmissionOutcome.Rejected, Rule = rule }, etag, result.Findings, cancellationToken);
    }

    private async Task FinishAsync(Submission submission, string etag, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        await submissions.ReplaceFindingsAsync(submission, findings, cancellationToken);
        await submissions.SaveAsync(submission, etag, cancellationToken);
        if (submission.Outcome == SubmissionOutcome.Accepted)
        {
            await chain.NormalizeAsync(submission.Agency, submission.Period, cancellationToken);
        }

        LogFinished(logger, submission.Id, submission.Agency, submission.Outcome, submission.Errors, submission.Warnings);
        await NotifyAsync(submission, findings, cancellationToken);
    }

    private async Task NotifyAsync(Submission submission, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            await observer.OnOutcomeAsync(submission, findings, cancellationToken);
        }
    }

    /// <summary>Late when uploaded after the period's due date, by the calendar in the program's zone.</summary>
    private (bool Late, int DaysLate) Lateness(string period, DateTimeOffset uploadedUtc)
    {
        var due = catalog.Catalog.Periods.FirstOrDefault(p => p.Code == period)?.Due;
        if (due is not { } date)
        {
            return (false, 0);
        }

        var days = ReportingDeadlines.DaysAfter(date, ReportingDeadlines.LocalDate(uploadedUtc, _zone));
        return days > 0 ? (true, days) : (false, 0);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Validation request for unknown submission {SubmissionId}; nothing to do.")]
    private static partial void LogUnknown(ILogger logger, string submissionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Submission {SubmissionId} of {Agency}: {Outcome}, {Errors} error(s), {Warnings} warning(s).")]
    private static partial void LogFinished(ILogger logger, string submissionId, string agency, SubmissionOutcome outcome, int errors, int warnings);

    [LoggerMessage(Level = LogLevel.Error, Message = "Submission {SubmissionId} of {Agency} failed after every attempt; marked failed.")]
    private static partial void LogFailed(ILogger logger, string submissionId, string agency);
}
