namespace Spm.Core.Notifications.Contacts;

/// <summary>One CSV record and the physical line it starts on.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
