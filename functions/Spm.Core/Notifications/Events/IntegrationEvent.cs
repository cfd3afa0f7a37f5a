namespace Spm.Core.Notifications.Events;

/// <summary>
/// Something that happened, for other systems: a deterministic id (the same fact always has the same id, so the
/// broker drops repeats), a subject to filter on (<c>{unit}/{period}[/{submissionId}]</c>), a correlation id (the
/// submission id or the period), and flat data (strings, numbers, booleans, UTC instants; never file content).
/// </summary>
public sealed record IntegrationEvent(
    IntegrationEventType Type,
    string Id,
    string Subject,
    string CorrelationId,
    DateTimeOffset Time,
    IReadOnlyDictionary<string, object?> Data)
{
    /// <summary>The CloudEvents <c>type</c>, e.g. <c>kz.spm.submission.accepted</c>.</summary>
    public string TypeName => IntegrationEvents.TypeName(Type);
}
