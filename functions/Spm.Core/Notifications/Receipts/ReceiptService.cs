using Microsoft.Extensions.Logging;
using Spm.Core.Notifications.Contacts;
using Spm.Core.Notifications.Email;
using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;

namespace Spm.Core.Notifications.Receipts;

/// <summary>
/// The "send a receipt" use case: every upload outcome (accepted, rejected, duplicate, failed, quarantined) gets an
/// email to the uploading unit, once per submission and outcome (<c>receipt|{submissionId}|{outcome}</c>). A unit
/// without a contact, or an upload to a folder that is no unit, has its receipt sent to the coordinator instead.
/// </summary>
public sealed partial class ReceiptService(
    IContactDirectory contacts,
    EmailComposer composer,
    NotificationDelivery delivery,
    ILogger<ReceiptService> logger)
{
    /// <param name="submission">The submission with its final outcome.</param>
    /// <param name="findings">Its findings as recorded (ignored for a quarantined upload: nothing of it is quoted).</param>
    /// <param name="cancellationToken">Cancels before the claim; after it, the outcome is recorded.</param>
    public async Task<DeliveryReport> SendAsync(Submission submission, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(findings);
        if (!submission.IsTerminal)
        {
            throw new ArgumentException($"Submission {submission.Id} has no outcome yet; a receipt needs one.", nameof(submission));
        }

        var contact = submission.Agency == Submission.UnknownAgency ? null : await contacts.FindAsync(submission.Agency, cancellationToken);
        if (contact is null)
        {
            contact = await contacts.FindAsync(Contact.CoordinatorUnit, cancellationToken);
            if (contact is null)
            {
                LogNoContact(submission.Id, submission.Agency);
                return NotificationDelivery.NoContact(EmailComposer.ReceiptKey(submission), NotificationKind.Receipt, submission.Agency);
            }

            LogForwarded(submission.Id, submission.Agency);
        }

        return await delivery.DeliverAsync(composer.Receipt(submission, findings, contact), cancellationToken);
    }

    [LoggerMessage(EventId = 9021, Level = LogLevel.Warning, Message = "Receipt for submission {SubmissionId}: unit {Unit} has no contact; sent to the coordinator")]
    private partial void LogForwarded(string submissionId, string unit);

    [LoggerMessage(EventId = 9022, Level = LogLevel.Error, Message = "Receipt for submission {SubmissionId} (unit {Unit}) not sent: neither the unit nor the coordinator has a contact")]
    private partial void LogNoContact(string submissionId, string unit);
}
