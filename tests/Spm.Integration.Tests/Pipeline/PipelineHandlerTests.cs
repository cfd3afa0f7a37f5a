using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Spm.Core.Reporting.Validation;
using Spm.Core.Screening;
using Spm.Core.Submissions;
using Spm.Core.Workbooks;
using Spm.Infrastructure.Storage;
using Spm.Infrastructure.Templates;

namespace Spm.Integration.Tests.Pipeline;

/// <summary>
/// Each handler of the pipeline against real storage (Azurite, real SDK clients): ingest, validate, the chain of
/// accepted reports, at-least-once delivery, the poison path and the reconciler.
/// </summary>
public sealed class PipelineHandlerTests(PipelineHarness pipeline) : IClassFixture<PipelineHarness>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submit_CleanReport_IsAcceptedArchivedAndItsValuesRecorded()
    {
        var bytes = await pipeline.SampleAsync("akmola");

        var submission = await pipeline.SubmitAsync("akmola", "report.xlsx", bytes);

        Assert.Equal(SubmissionOutcome.Accepted, submission.Outcome);
        Assert.Equal("2019-H1", submission.Period);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), submission.Sha256);
        var archived = (await pipeline.Container(Containers.Archive).GetBlobClient(submission.ArchivePath).DownloadContentAsync(Ct)).Value.Content.ToArray();
        Assert.Equal(bytes, archived);
        Assert.DoesNotContain("akmola/report.xlsx", await pipeline.BlobNamesAsync(Containers.Drop));
        Assert.Contains(submission.FeedbackPath[(Containers.Feedback.Length + 1)..], await pipeline.BlobNamesAsync(Containers.Feedback));
        var values = await pipeline.Values.ListAsync("2019-H1", all: false, Ct);
        Assert.Equal(submission.Rows, values.Count(v => v.Agency == "akmola"));
        Assert.True(submission.Rows > 0);
        var (current, _) = await pipeline.Values.GetCurrentAsync("akmola", "2019-H1", Ct);
        Assert.Equal(submission.Id, current?.SubmissionId);
    }

    [Fact]
    public async Task Submit_ReportWithErrors_IsRejectedWithCellAddressedFindingsAndFeedback()
    {
        var bytes = await pipeline.SampleAsync("aktobe", SampleKind.WithErrors);

        var submission = await pipeline.SubmitAsync("aktobe", "report.xlsx", bytes);

        Assert.Equal(SubmissionOutcome.Rejected, submission.Outcome);
        Assert.True(submission.Stored);
        var findings = await pipeline.Submissions.GetFindingsAsync(submission, Ct);
        Assert.Equal(submission.Errors, findings.Count(f => f.Severity == FindingSeverity.Error));
        Assert.Contains(findings, f => f.RuleId == ReportRules.CellRequired && f.Cell is { Length: > 0 });
        Assert.Contains(findings, f => f.RuleId == ReportRules.CellNotNumber);
        Assert.NotEmpty(submission.FeedbackPath);
        Assert.Empty(await pipeline.Values.ListAsync("2019-H1", all: true, Ct) is var all ? all.Where(v => v.Agency == "aktobe") : []);
    }

    [Fact]
    public async Task Submit_SameFileAfterItWasAccepted_IsADuplicateAndNotProcessedAgain()
    {
        var bytes = await pipeline.SampleAsync("atyrau");
        var original = await pipeline.SubmitAsync("atyrau", "first.xlsx", bytes);
        var archivedBefore = (await pipeline.BlobNamesAsync(Containers.Archive)).Count;

        var again = await pipeline.SubmitAsync("atyrau", "again.xlsx", bytes);

        Assert.Equal(SubmissionOutcome.Duplicate, again.Outcome);
        Assert.Equal(original.Id, again.DuplicateOf);
        Assert.Equal(archivedBefore, (await pipeline.BlobNamesAsync(Containers.Archive)).Count);
        Assert.Equal(SubmissionOutcome.Accepted, (await pipeline.SubmissionAsync("atyrau", original.Id)).Outcome);
    }

    [Fact]
    public async Task Submit_ACorrection_SupersedesTheEarlierReportWhichStaysInTheHistory()
    {
        var first = await pipeline.SubmitAsync("kostanay", "first.xlsx", await pipeline.SampleAsync("kostanay", seed: 1));
        await Task.Delay(1100, Ct); // a later upload time: the store keeps whole seconds, and a tie goes by id

        var second = await pipeline.SubmitAsync("kostanay", "second.xlsx", await pipeline.SampleAsync("kostanay", seed: 2));

        first = await pipeline.SubmissionAsync("kostanay", first.Id);
        second = await pipeline.SubmissionAsync("kostanay", second.Id);
        Assert.Equal(second.Id, first.SupersededBy);
        Assert.Equal(first.Id, second.Supersedes);
        Assert.Empty(second.SupersededBy);
        var values = (await pipeline.Values.ListAsync("2019-H1", all: true, Ct)).Where(v => v.Agency == "kostanay").ToList();
        Assert.All(values, v => Assert.Equal(v.SubmissionId == second.Id, v.Current));
        Assert.Contains(values, v => v.SubmissionId == first.Id);
        var (current, _) = await pipeline.Values.GetCurrentAsync("kostanay", "2019-H1", Ct);
        Assert.Equal((second.Id, first.Id, 2), (current!.SubmissionId, current.FirstSubmissionId, current.Accepted));
    }

    [Fact]
    public async Task Validate_SameMessageDeliveredTwice_LeavesTheStateOfOneRun()
    {
        var id = await pipeline.UploadAsync("karaganda/report.xlsx", await pipeline.SampleAsync("karaganda", SampleKind.WithErrors));
        await pipeline.IngestAsync("karaganda/report.xlsx");
        var request = new ValidationRequest("karaganda", id);
        var processor = pipeline.Services.GetRequiredService<SubmissionProcessor>();
        await processor.ValidateAsync(request, 1, Ct);
        await pipeline.DrainValidationAsync();
        var once = await pipeline.SnapshotAsync();

        await processor.ValidateAsync(request, 2, Ct);
        await pipeline.IngestAsync("karaganda/report.xlsx");

        Assert.Equal(once, await pipeline.SnapshotAsync());
    }

    [Fact]
    public async Task Validate_TwoUploadsRacing_ChainTheSameWayWhicheverFinishesFirst()
    {
        var older = await pipeline.UploadAsync("pavlodar/a.xlsx", await pipeline.SampleAsync("pavlodar", seed: 3));
        await Task.Delay(1100, Ct); // a later upload time (the store keeps seconds)
        var newer = await pipeline.UploadAsync("pavlodar/b.xlsx", await pipeline.SampleAsync("pavlodar", seed: 4));
        await pipeline.IngestAsync("pavlodar/a.xlsx");
        await pipeline.IngestAsync("pavlodar/b.xlsx");
        var processor = pipeline.Services.GetRequiredService<SubmissionProcessor>();

        // The newer upload is validated first, then both at once again (a redelivery racing a retry).
        await processor.ValidateAsync(new ValidationRequest("pavlodar", newer), 1, Ct);
        await Task.WhenAll(
            processor.ValidateAsync(new ValidationRequest("pavlodar", older), 1, Ct),
            processor.ValidateAsync(new ValidationRequest("pavlodar", newer), 2, Ct));

        var a = await pipeline.SubmissionAsync("pavlodar", older);
        var b = await pipeline.SubmissionAsync("pavlodar", newer);
        Assert.Equal((SubmissionOutcome.Accepted, SubmissionOutcome.Accepted), (a.Outcome, b.Outcome));
        Assert.Equal((newer, "", older), (a.SupersededBy, b.SupersededBy, b.Supersedes));
        var (current, _) = await pipeline.Values.GetCurrentAsync("pavlodar", "2019-H1", Ct);
        Assert.Equal((newer, older), (current!.SubmissionId, current.FirstSubmissionId));
        Assert.All((await pipeline.Values.ListAsync("2019-H1", all: true, Ct)).Where(v => v.Agency == "pavlodar"), v => Assert.Equal(v.SubmissionId == newer, v.Current));
    }

    [Fact]
    public async Task Validate_ArchiveThatNeverReads_FailsOnTheLastAttemptAndResubmitRecovers()
    {
        var bytes = await pipeline.SampleAsync("zhambyl");
        var id = await pipeline.UploadAsync("zhambyl/report.xlsx", bytes);
        await pipeline.IngestAsync("zhambyl/report.xlsx");
        var submission = await pipeline.SubmissionAsync("zhambyl", id);
        var archived = pipeline.Container(Containers.Archive).GetBlobClient(submission.ArchivePath);
        await archived.UploadAsync(new BinaryData("damaged"u8.ToArray()), overwrite: true, Ct);
        var processor = pipeline.Services.GetRequiredService<SubmissionProcessor>();
        var request = new ValidationRequest("zhambyl", id);

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => processor.ValidateAsync(request, attempt, Ct));
        }

        var failed = await pipeline.SubmissionAsync("zhambyl", id);
        Assert.Equal(SubmissionOutcome.Failed, failed.Outcome);
        Assert.Contains("SHA-256", failed.FailureReason, StringComparison.Ordinal);

        await archived.UploadAsync(new BinaryData(bytes), overwrite: true, Ct);
        await pipeline.DrainValidationAsync();
        var (queued, _) = await pipeline.Services.GetRequiredService<Resubmission>().ResubmitAsync(id, Ct);
        await pipeline.DrainValidationAsync();

        Assert.Equal(Resubmission.Outcome.Queued, queued);
        Assert.Equal(SubmissionOutcome.Accepted, (await pipeline.SubmissionAsync("zhambyl", id)).Outcome);
    }

    [Theory]
    [InlineData(SampleKind.Clean, SubmissionOutcome.Accepted)]
    [InlineData(SampleKind.NamingClassified, SubmissionOutcome.Quarantined)]
    public async Task Ingest_TheSameBlobTwiceAtOnce_EndsInOneSubmissionWithoutAFailure(SampleKind kind, SubmissionOutcome expected)
    {
        var name = $"north-kazakhstan/race-{kind}.xlsx";
        var id = await pipeline.UploadAsync(name, await pipeline.SampleAsync("north-kazakhstan", kind, seed: 7));

        // This ingest (the reconciler's, say) reaches its insert just after the blob trigger's ingest of the same blob
        // recorded the submission: its insert conflicts.
        var store = new RacedStore(pipeline.Submissions, () => pipeline.IngestAsync(name));
        var loser = ActivatorUtilities.CreateInstance<ReportIntake>(pipeline.Services, (ISubmissionStore)store);
        await loser.ReceiveAsync(name, Ct);
        await pipeline.DrainValidationAsync();

        Assert.True(store.Raced);
        var submissions = (await pipeline.Submissions.ListAsync("north-kazakhstan", period: null, Ct)).Where(s => s.Id == id).ToList();
        Assert.Equal(expected, Assert.Single(submissions).Outcome);
        Assert.DoesNotContain(await pipeline.BlobNamesAsync(Containers.Drop), n => n == name);
    }

    [Fact]
    public async Task Findings_ThousandsOfThem_TheTableKeepsTheFirstAndANoteAndARerunLeavesNoStaleRows()
    {
        var submission = new Submission { Id = "20190705T000000000Z-manyfindings", Agency = "aktobe", Period = "2019-H1", UploadedUtc = PipelineHarness.Now };
        var many = Enumerable.Range(1, 2_500)
            .Select(i => new Finding(FindingSeverity.Error, ReportRules.RowUnknownCode, "Есеп", $"A{i + 7}", $"X-{i}", "kk", "ru", "en"))
            .ToList();

        await pipeline.Submissions.ReplaceFindingsAsync(submission, many, Ct);
        var stored = await pipeline.Submissions.GetFindingsAsync(submission, Ct);

        Assert.Equal(SubmissionRules.MaxStoredFindings, stored.Count);
        Assert.Equal(many.Take(SubmissionRules.MaxStoredFindings - 1), stored.Take(SubmissionRules.MaxStoredFindings - 1));
        Assert.Equal(SubmissionRules.FindingsNotListed, stored[^1].RuleId);
        Assert.StartsWith("1501 more findings", stored[^1].English, StringComparison.Ordinal);

        await pipeline.Submissions.ReplaceFindingsAsync(submission, many.Take(3).ToList(), Ct);

        Assert.Equal(many.Take(3), await pipeline.Submissions.GetFindingsAsync(submission, Ct));
    }

    [Fact]
    public async Task Upload_NamingClassifiedContent_LeavesNothingButTheIncident()
    {
        var bytes = await pipeline.SampleAsync("mangystau", SampleKind.NamingClassified);
        var archivedBefore = await pipeline.BlobNamesAsync(Containers.Archive);

        var submission = await pipeline.SubmitAsync("mangystau", "report.xlsx", bytes);

        Assert.Equal(SubmissionOutcome.Quarantined, submission.Outcome);
        Assert.True(submission.Classified);
        Assert.False(submission.Stored);
        Assert.Equal((ScreenRules.ClassifiedContent, "", ""), (submission.Rule, submission.ArchivePath, submission.FeedbackPath));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), submission.Sha256);
        Assert.Equal(archivedBefore, await pipeline.BlobNamesAsync(Containers.Archive));
        Assert.DoesNotContain(await pipeline.BlobNamesAsync(Containers.Drop), n => n.StartsWith("mangystau/", StringComparison.Ordinal));
        Assert.DoesNotContain(await pipeline.BlobNamesAsync(Containers.Feedback), n => n.StartsWith("mangystau/", StringComparison.Ordinal));
        var findings = await pipeline.Submissions.GetFindingsAsync(submission, Ct);
        Assert.All(findings, f => Assert.Equal(ScreenRules.ClassifiedContent, f.RuleId));
        Assert.DoesNotContain((await pipeline.Values.ListAsync("2019-H1", all: true, Ct)), v => v.Agency == "mangystau");
    }

    [Fact]
    public async Task Upload_WhoseNameNamesClassifiedContent_KeepsNoName()
    {
        var submission = await pipeline.SubmitAsync("kyzylorda", "М-21 есебі.xlsx", await pipeline.SampleAsync("kyzylorda"));

        Assert.Equal(SubmissionOutcome.Quarantined, submission.Outcome);
        Assert.Empty(submission.BlobName);
        Assert.True(submission.Classified);
    }

    [Theory]
    [InlineData("unknown-folder/report.xlsx", "_unknown", SubmissionRules.UnknownFolder, true)]
    [InlineData("MIA/report.xlsx", "_unknown", SubmissionRules.UnknownFolder, true)]
    [InlineData("mia/report.pdf", "mia", SubmissionRules.WrongExtension, false)]
    [InlineData("mia/empty.xlsx", "mia", WorkbookRules.EmptyFile, false)]
    public async Task Upload_RefusedBeforeValidation_EndsRejectedWithItsReason(string name, string partition, string rule, bool kept)
    {
        var bytes = name.Contains("empty", StringComparison.Ordinal) ? [] : await pipeline.SampleAsync("mia");
        var id = await pipeline.UploadAsync(name, bytes);

        await pipeline.IngestAsync(name);

        var submission = await pipeline.SubmissionAsync(partition, id);
        Assert.Equal((SubmissionOutcome.Rejected, rule, kept), (submission.Outcome, submission.Rule, submission.Stored));
        Assert.DoesNotContain(name, await pipeline.BlobNamesAsync(Containers.Drop));
        Assert.NotEmpty(await pipeline.Submissions.GetFindingsAsync(submission, Ct));
    }

    [Fact]
    public async Task Reconciler_BlobTheTriggerMissed_IsIngestedAndASecondRunFindsNothing()
    {
        var id = await pipeline.UploadAsync("east-kazakhstan/missed.xlsx", await pipeline.SampleAsync("east-kazakhstan"));
        await Task.Delay(TimeSpan.FromSeconds(2.1), Ct); // older than the grace period (1 s here), in real time
        var reconciler = pipeline.Services.GetRequiredService<DropReconciler>();

        var first = await reconciler.RunAsync(Ct);
        await pipeline.DrainIngestAsync();
        await pipeline.DrainValidationAsync();
        var second = await reconciler.RunAsync(Ct);

        Assert.True(first.Blobs >= 1);
        Assert.Equal(SubmissionOutcome.Accepted, (await pipeline.SubmissionAsync("east-kazakhstan", id)).Outcome);
        Assert.Equal(new DropReconciler.Result(0, 0), second);
    }

    /// <summary>The submission store, with another ingest of the same blob run to its end just before the first insert.</summary>
    private sealed class RacedStore(ISubmissionStore inner, Func<Task> other) : ISubmissionStore
    {
        private int raced;

        public bool Raced => raced == 1;

        public Task<StoredSubmission?> GetAsync(string agency, string id, CancellationToken cancellationToken) => inner.GetAsync(agency, id, cancellationToken);

        public Task<StoredSubmission?> FindAsync(string id, CancellationToken cancellationToken) => inner.FindAsync(id, cancellationToken);

        public async Task<string> SaveAsync(Submission submission, string? etag, CancellationToken cancellationToken)
        {
            if (etag is null && Interlocked.Exchange(ref raced, 1) == 0)
            {
                await other();
            }

            return await inner.SaveAsync(submission, etag, cancellationToken);
        }

        public Task<IReadOnlyList<Submission>> ListAsync(string? agency, string? period, CancellationToken cancellationToken) => inner.ListAsync(agency, period, cancellationToken);

        public Task ReplaceFindingsAsync(Submission submission, IReadOnlyList<Finding> findings, CancellationToken cancellationToken) =>
            inner.ReplaceFindingsAsync(submission, findings, cancellationToken);

        public Task<IReadOnlyList<Finding>> GetFindingsAsync(Submission submission, CancellationToken cancellationToken) => inner.GetFindingsAsync(submission, cancellationToken);
    }
}
