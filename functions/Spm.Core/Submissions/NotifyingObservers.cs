using Spm.Core.Notifications.Events;
using Spm.Core.Notifications.Receipts;
using Spm.Core.Reporting.Validation;

namespace Spm.Core.Submissions;

/// <summary>Sends the uploading unit its receipt when a submission reaches its outcome (at most once: the ledger).</summary>
public sealed class ReceiptObserver(ReceiptService receipts) : ISubmissionObserver
{
    public async Task OnOutcomeAsync(Submission submission, IReadOnlyList<Finding> findings, CancellationToken cancellationToken) =>
        await receipts.SendAsync(submission, findings, cancellationToken);
}

/// <summary>Publishes the integration event of a submission's outcome (deterministic ids: duplicates are dropped by the topic).</summary>
public sealed class EventObserver(IEventPublisher events) : ISubmissionObserver
{
    public async Task OnOutcomeAsync(Submission submission, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        if (IntegrationEvents.ForSubmission(submission) is { } integrationEvent)
        {
            await events.PublishAsync(integrationEvent, cancellationToken);
        }
    }
}
