using Spm.Core.Notifications.Events;
using Spm.Core.Status;
using Spm.Core.Submissions;
using static Spm.Testing.Uploads;

namespace Spm.Core.Tests.Notifications.Events;

public class IntegrationEventsTests
{
    [Theory]
    [InlineData(SubmissionOutcome.Pending, "kz.spm.submission.received", "submission.received:")]
    [InlineData(SubmissionOutcome.Accepted, "kz.spm.submission.accepted", "submission.accepted:")]
    [InlineData(SubmissionOutcome.Rejected, "kz.spm.submission.rejected", "submission.rejected:")]
    [InlineData(SubmissionOutcome.Failed, "kz.spm.submission.failed", "submission.failed:")]
    [InlineData(SubmissionOutcome.Quarantined, "kz.spm.incident.classified", "incident.classified:")]
    public void ForSubmission_EachOutcome_HasADeterministicIdSubjectAndCorrelation(SubmissionOutcome outcome, string type, string idPrefix)
    {
        var submission = Upload("mia", "2019-H1", "2019-07-08T04:59:00Z", outcome);

        var first = IntegrationEvents.ForSubmission(submission)!;
        var again = IntegrationEvents.ForSubmission(submission)!;

        Assert.Equal(type, first.TypeName);
        Assert.Equal(idPrefix + submission.Id, first.Id);
        Assert.Equal(first.Id, again.Id);
        Assert.Equal($"mia/2019-H1/{submission.Id}", first.Subject);
        Assert.Equal(submission.Id, first.CorrelationId);
    }

    [Fact]
    public void ForSubmission_Quarantined_CarriesMetadataOnly()
    {
        var submission = Upload("mia", "2019-H1", "2019-07-08T04:59:00Z", SubmissionOutcome.Quarantined);

        var incident = IntegrationEvents.ForSubmission(submission)!;

        Assert.Equal(["agency", "rule", "sha256Prefix", "sizeBytes", "submissionId", "uploadedUtc"], incident.Data.Keys);
        Assert.Equal(submission.Sha256[..12], incident.Data["sha256Prefix"]);
    }

    [Fact]
    public void ForSubmission_Duplicate_HasNoEvent() =>
        Assert.Null(IntegrationEvents.ForSubmission(Upload("mia", "2019-H1", "2019-07-08T04:59:00Z", SubmissionOutcome.Duplicate)));

    [Fact]
    public void StatusChanged_SameChange_SameId()
    {
        var change = IntegrationEvents.StatusChanged("2019-H1", "mia", ComplianceStatus.NotDue, new ComplianceVerdict(ComplianceStatus.Missing, null, 1), Utc("2019-07-11T03:00:00Z"));

        Assert.Equal("status.changed:2019-H1:mia:not-due:missing", change.Id);
        Assert.Equal("mia/2019-H1", change.Subject);
        Assert.Equal("2019-H1", change.CorrelationId);
    }

    [Fact]
    public void Id_TooLongForServiceBus_IsItsHash()
    {
        var unit = new string('x', 200);

        var missed = IntegrationEvents.DeadlineMissed("2019-H1", unit, new DateOnly(2019, 7, 10), Utc("2019-07-10T18:00:00Z"), rejectedOnly: false);

        Assert.Equal(64, missed.Id.Length);
    }
}
