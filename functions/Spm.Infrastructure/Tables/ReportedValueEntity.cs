using Azure;
using Azure.Data.Tables;
using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;

namespace Spm.Infrastructure.Tables;

/// <summary>
/// A row of <c>reportedvalues</c>: partition = <c>{period}|{agency}</c> (a period's rows are one key range), row =
/// <c>{code}|{submissionId}</c>. Every accepted submission's rows are kept; <see cref="Current"/> marks the current
/// report's. A number not given is written as 0 with its <c>Has…</c> flag false (tables drop nulls).
/// </summary>
public sealed class ReportedValueEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Period { get; set; } = "";

    public string Agency { get; set; } = "";

    public string SubmissionId { get; set; } = "";

    public string Code { get; set; } = "";

    public int SheetRow { get; set; }

    public double Fact { get; set; }

    public bool HasFact { get; set; }

    public double Spent { get; set; }

    public bool HasSpent { get; set; }

    public string Status { get; set; } = "";

    public string Comment { get; set; } = "";

    public bool Current { get; set; }

    public static string Partition(string period, string agency) => period + "|" + agency;

    public static string Row(string code, string submissionId) => code + "|" + submissionId;

    public static ReportedValueEntity From(Submission submission, ReportedValue value, bool current)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(value);
        return new ReportedValueEntity
        {
            PartitionKey = Partition(submission.Period, submission.Agency),
            RowKey = Row(value.Code, submission.Id),
            Period = submission.Period,
            Agency = submission.Agency,
            SubmissionId = submission.Id,
            Code = value.Code,
            SheetRow = value.Row,
            Fact = (double)(value.Fact ?? 0),
            HasFact = value.Fact is not null,
            Spent = (double)(value.Spent ?? 0),
            HasSpent = value.Spent is not null,
            Status = value.Status?.ToString() ?? "",
            Comment = value.Comment.Length > TableLimits.MaxStringChars ? value.Comment[..TableLimits.MaxStringChars] : value.Comment,
            Current = current,
        };
    }

    public StoredValue ToStoredValue() => new(
        Agency,
        Period,
        SubmissionId,
        Current,
        new ReportedValue(
            Code,
            SheetRow,
            HasFact ? (decimal)Fact : null,
            HasSpent ? (decimal)Spent : null,
            Enum.TryParse<ExecutionStatus>(Status, out var status) ? status : null,
            Comment));
}
