namespace Spm.Core.Status.Reports;

/// <summary>Where the status reports are kept for people to fetch: the private <c>statusreports</c> container.</summary>
public interface IStatusReportStore
{
    /// <summary>Writes (or overwrites) one report, e.g. <c>2019-FY.kk.html</c>; returns where it went, for logs and the CLI.</summary>
    Task<string> WriteAsync(string name, string html, CancellationToken cancellationToken);
}
