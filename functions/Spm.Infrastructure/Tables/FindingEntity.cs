using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;

namespace Spm.Infrastructure.Tables;

/// <summary>
/// A row of <c>findings</c>: partition = submission id, row = its number in sheet order (<c>0001</c>). The rule, the
/// place and the messages — never the cell's content.
/// </summary>
public sealed class FindingEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string SubmissionId { get; set; } = "";

    public string Agency { get; set; } = "";

    public string Period { get; set; } = "";

    public int Seq { get; set; }

    public string Severity { get; set; } = "";

    public string Rule { get; set; } = "";

    public string Sheet { get; set; } = "";

    public string Cell { get; set; } = "";

    public string RowCode { get; set; } = "";

    public string Kk { get; set; } = "";

    public string Ru { get; set; } = "";

    public string En { get; set; } = "";

    public static string Key(int seq) => seq.ToString("D4", CultureInfo.InvariantCulture);

    public static FindingEntity From(Submission submission, Finding finding, int seq)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(finding);
        return new FindingEntity
        {
            PartitionKey = submission.Id,
            RowKey = Key(seq),
            SubmissionId = submission.Id,
            Agency = submission.Agency,
            Period = submission.Period,
            Seq = seq,
            Severity = finding.Severity == FindingSeverity.Error ? "error" : "warning",
            Rule = finding.RuleId,
            Sheet = finding.Sheet ?? "",
            Cell = finding.Cell ?? "",
            RowCode = finding.RowCode ?? "",
            Kk = finding.Kazakh,
            Ru = finding.Russian,
            En = finding.English,
        };
    }

    public Finding ToFinding() => new(
        Severity == "error" ? FindingSeverity.Error : FindingSeverity.Warning,
        Rule,
        Sheet.Length == 0 ? null : Sheet,
        Cell.Length == 0 ? null : Cell,
        RowCode.Length == 0 ? null : RowCode,
        Kk,
        Ru,
        En);
}
