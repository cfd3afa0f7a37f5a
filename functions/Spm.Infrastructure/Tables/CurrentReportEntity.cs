using Azure;
using Azure.Data.Tables;
using Spm.Core.Submissions;

namespace Spm.Infrastructure.Tables;

/// <summary>A row of <c>currentreports</c>: partition = period, row = reporting unit; the current and the first accepted submission.</summary>
public sealed class CurrentReportEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Period { get; set; } = "";

    public string Agency { get; set; } = "";

    public string SubmissionId { get; set; } = "";

    public DateTimeOffset UploadedUtc { get; set; }

    public string FirstSubmissionId { get; set; } = "";

    public DateTimeOffset FirstUploadedUtc { get; set; }

    public int Accepted { get; set; }

    public static CurrentReportEntity From(CurrentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new CurrentReportEntity
        {
            PartitionKey = report.Period,
            RowKey = report.Agency,
            Period = report.Period,
            Agency = report.Agency,
            SubmissionId = report.SubmissionId,
            UploadedUtc = report.UploadedUtc.ToUniversalTime(),
            FirstSubmissionId = report.FirstSubmissionId,
            FirstUploadedUtc = report.FirstUploadedUtc.ToUniversalTime(),
            Accepted = report.Accepted,
        };
    }

    public CurrentReport ToCurrentReport() => new(Agency, Period, SubmissionId, UploadedUtc, FirstSubmissionId, FirstUploadedUtc, Accepted);
}
