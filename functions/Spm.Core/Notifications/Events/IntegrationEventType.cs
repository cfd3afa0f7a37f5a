namespace Spm.Core.Notifications.Events;

/// <summary>The integration events the system publishes (schemas in docs/events.md).</summary>
public enum IntegrationEventType
{
    SubmissionReceived,
    SubmissionAccepted,
    SubmissionRejected,
    SubmissionFailed,
    StatusChanged,
    DeadlineMissed,
    ClassifiedIncident,
}
