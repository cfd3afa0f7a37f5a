namespace Spm.Core.Notifications.Contacts;

/// <summary>What is wrong with a CSV file, at a 1-based physical line (the header is line 1; 0 for the whole file).</summary>
public sealed record CsvProblem(int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"line {Line}: {Message}" : Message;
}
