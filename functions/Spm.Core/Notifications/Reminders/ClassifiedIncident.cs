namespace Spm.Core.Notifications.Reminders;

/// <summary>An upload that was not storable (classified content, or not fully readable): its metadata, nothing else.</summary>
public sealed record ClassifiedIncident(string SubmissionId, string Unit, DateTimeOffset UploadedUtc, long SizeBytes, string HashPrefix, string Rule, bool Classified);
