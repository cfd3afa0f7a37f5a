using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;
using Spm.Core.Screening;
using Spm.Core.Workbooks;

namespace Spm.Core.Submissions;

/// <summary>
/// "Ingest an upload": every blob dropped into an agency's folder ends in exactly one recorded outcome. A file is
/// screened before anything is kept; what the screen marks not storable (classified content, or anything it could not
/// read fully) never reaches the archive — the drop blob is deleted and only the incident's metadata is recorded.
/// Everything else is archived, verified against its hash, recorded, queued for validation and only then removed
/// from the drop container. Safe to run twice for the same blob: the id is deterministic and each step checks first.
/// </summary>
public sealed partial class ReportIntake(
    LoadedCatalog catalog,
    IDropStore drop,
    IReportArchive archive,
    ISubmissionStore submissions,
    IPipelineQueues queue,
    IWorkbookScreen screen,
    ClassifiedScreen classified,
    ReportCheck check,
    WorkbookLimits limits,
    IEnumerable<ISubmissionObserver> observers,
    TimeProvider time,
    ILogger<ReportIntake> logger)
{
    /// <summary>Ingests the upload at <paramref name="blobName"/> in the drop container.</summary>
    public async Task ReceiveAsync(string blobName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        var blob = await drop.GetAsync(blobName, cancellationToken);
        if (blob is null)
        {
            // Processed and removed already (a second trigger, or the reconciler after the trigger).
            LogGone(logger);
            return;
        }

        var id = SubmissionId.For(blob.Name, blob.Version, blob.CreatedUtc);
        var (agency, pathRule) = DropPath.Read(blob.Name, catalog.Catalog);
        var partition = agency ?? Submission.UnknownAgency;
        if (await submissions.GetAsync(partition, id, cancellationToken) is { } known)
        {
            await ResumeAsync(known.Submission, blob, cancellationToken);
            return;
        }

        try
        {
            await IngestNewAsync(blob, id, partition, pathRule, cancellationToken);
        }
        catch (SubmissionConflictException)
        {
            // The blob trigger and the reconciler (or two deliveries) ingested the same blob at once, and the other one
            // recorded it first. Finish from its record as a later run would, instead of failing the function for a retry
            // to do the same (a failed execution is what operators alert on).
            var winner = await submissions.GetAsync(partition, id, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            LogRaced(logger, id);
            await ResumeAsync(winner.Submission, blob, cancellationToken);
        }
    }

    /// <summary>An upload with no submission yet: screen, then record it as kept and queued, or as refused.</summary>
    private async Task IngestNewAsync(DropBlob blob, string id, string partition, string? pathRule, CancellationToken cancellationToken)
    {
        // The name is stored with the record; it must not name classified content either.
        var nameIsClassified = classified.Matcher.IsClassified(blob.Name);
        var submission = new Submission
        {
            Id = id,
            Agency = partition,
            BlobName = nameIsClassified ? "" : blob.Name,
            SizeBytes = blob.Size,
            UploadedUtc = Hosting.ReplayClock.FromReal(time, blob.CreatedUtc),
        };

        if (blob.Size == 0 || blob.Size > limits.MaxFileBytes || pathRule is SubmissionRules.WrongExtension or SubmissionRules.BadPath)
        {
            // Refused before the screen reads a byte, so nothing of it is kept.
            var rule = blob.Size == 0 ? WorkbookRules.EmptyFile : blob.Size > limits.MaxFileBytes ? WorkbookRules.FileTooLarge : pathRule!;
            await FinishUnkeptAsync(submission, blob, SubmissionOutcome.Rejected, rule, [Explain(rule, blob.Size)], nameIsClassified, cancellationToken);
            return;
        }

        var bytes = await drop.ReadAsync(blob, limits.MaxFileBytes, cancellationToken);
        if (bytes is null)
        {
            await FinishUnkeptAsync(submission, blob, SubmissionOutcome.Rejected, WorkbookRules.FileTooLarge, [Explain(WorkbookRules.FileTooLarge, blob.Size)], nameIsClassified, cancellationToken);
            return;
        }

        submission = submission with { SizeBytes = bytes.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)) };
        var screening = await screen.ScreenAsync(new MemoryStream(bytes, writable: false), cancellationToken);
        if (nameIsClassified || !screening.Storable)
        {
            var findings = nameIsClassified && !screening.ContainsClassified ? [ScreenRules.Classified(null, null)] : screening.Findings;
            await FinishUnkeptAsync(submission, blob, SubmissionOutcome.Quarantined, findings[0].RuleId, findings, nameIsClassified || screening.ContainsClassified, cancellationToken);
            return;
        }

        var period = await check.ReadPeriodAsync(new MemoryStream(bytes, writable: false), cancellationToken) ?? "";
        submission = submission with { Period = period };
        if (pathRule is SubmissionRules.UnknownFolder)
        {
            // Screened and storable: kept as evidence under "_unknown", and refused.
            await ArchiveAsync(submission, bytes, cancellationToken);
            submission = submission with { ArchivePath = DropPath.Archive(partition, period, id), Stored = true };
            await FinishAsync(submission, blob, SubmissionOutcome.Rejected, pathRule, [SubmissionRules.Explain(pathRule)], cancellationToken);
            return;
        }

        if (period.Length > 0 && await AcceptedWithSameFileAsync(partition, period, submission.Sha256, cancellationToken) is { } original)
        {
            submission = submission with { DuplicateOf = original.Id };
            await FinishAsync(submission, blob, SubmissionOutcome.Duplicate, SubmissionRules.Duplicate, [SubmissionRules.Explain(SubmissionRules.Duplicate)], cancellationToken);
            return;
        }

        await ArchiveAsync(submission, bytes, cancellationToken);
        submission = submission with { ArchivePath = DropPath.Archive(partition, period, id), Stored = true };
        await submissions.SaveAsync(submission, etag: null, cancellationToken);
        await queue.EnqueueValidationAsync(new ValidationRequest(partition, id), cancellationToken);
        await drop.DeleteAsync(blob, cancellationToken);
        LogQueued(logger, id, partition);
    }

    /// <summary>A blob whose submission exists already: finish what an interrupted run left undone.</summary>
    private async Task ResumeAsync(Submission known, DropBlob blob, CancellationToken cancellationToken)
    {
        if (known.Outcome == SubmissionOutcome.Pending && known.Stored)
        {
            // Recorded but perhaps never queued: a second message is harmless, validation is idempotent.
            await queue.EnqueueValidationAsync(new ValidationRequest(known.Agency, known.Id), cancellationToken);
        }

        await drop.DeleteAsync(blob, cancellationToken);
        LogResumed(logger, known.Id, known.Outcome);
    }

    private async Task ArchiveAsync(Submission submission, byte[] bytes, CancellationToken cancellationToken) =>
        await archive.StoreAsync(DropPath.Archive(submission.Agency, submission.Period, submission.Id), bytes, submission.Sha256, cancellationToken);

    private async Task<Submission?> AcceptedWithSameFileAsync(string agency, string period, string sha256, CancellationToken cancellationToken)
    {
        var earlier = await submissions.ListAsync(agency, period, cancellationToken);
        return earlier.FirstOrDefault(s => s.Outcome == SubmissionOutcome.Accepted && s.Sha256 == sha256);
    }

    /// <summary>Records an outcome for an upload that is not kept (metadata only) and deletes the drop blob.</summary>
    private async Task FinishUnkeptAsync(
        Submission submission, DropBlob blob, SubmissionOutcome outcome, string rule, IReadOnlyList<Finding> findings, bool classifiedContent, CancellationToken cancellationToken)
    {
        submission = submission with { Stored = false, Classified = classifiedContent };
        if (classifiedContent)
        {
            LogIncident(logger, submission.Id, submission.Agency, rule);
        }

        await FinishAsync(submission, blob, outcome, rule, findings, cancellationToken);
    }

    private async Task FinishAsync(
        Submission submission, DropBlob blob, SubmissionOutcome outcome, string rule, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        submission = submission with
        {
            Outcome = outcome,
            Rule = rule,
            Errors = findings.Count(f => f.Severity == FindingSeverity.Error),
            Warnings = findings.Count(f => f.Severity == FindingSeverity.Warning),
            FinishedUtc = time.GetUtcNow(),
        };

        // Findings first: a crash before the submission row leaves the blob in drop, and the next run rewrites them.
        await submissions.ReplaceFindingsAsync(submission, findings, cancellationToken);
        await submissions.SaveAsync(submission, etag: null, cancellationToken);
        await drop.DeleteAsync(blob, cancellationToken);
        foreach (var observer in observers)
        {
            await observer.OnOutcomeAsync(submission, findings, cancellationToken);
        }

        LogFinished(logger, submission.Id, submission.Agency, outcome, rule);
    }

    private Finding Explain(string rule, long size) => rule switch
    {
        WorkbookRules.EmptyFile => Finding.FromProblem(WorkbookProblem.EmptyFile()),
        WorkbookRules.FileTooLarge => Finding.FromProblem(WorkbookProblem.FileTooLarge(size, limits.MaxFileBytes)),
        _ => SubmissionRules.Explain(rule),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Submission {SubmissionId} was being ingested at the same time and recorded there first; finishing from that record.")]
    private static partial void LogRaced(ILogger logger, string submissionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Drop blob already processed; nothing to do.")]
    private static partial void LogGone(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Submission {SubmissionId} of {Agency} archived and queued for validation.")]
    private static partial void LogQueued(ILogger logger, string submissionId, string agency);

    [LoggerMessage(Level = LogLevel.Information, Message = "Submission {SubmissionId} was recorded before ({Outcome}); finished what was left.")]
    private static partial void LogResumed(ILogger logger, string submissionId, SubmissionOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Classified-content incident: submission {SubmissionId} of {Agency} ({Rule}); nothing of it was kept.")]
    private static partial void LogIncident(ILogger logger, string submissionId, string agency, string rule);

    [LoggerMessage(Level = LogLevel.Information, Message = "Submission {SubmissionId} of {Agency}: {Outcome} ({Rule}).")]
    private static partial void LogFinished(ILogger logger, string submissionId, string agency, SubmissionOutcome outcome, string rule);
}
