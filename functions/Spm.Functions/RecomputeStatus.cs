using Microsoft.Azure.Functions.Worker;
using Spm.Core.Status;
using Spm.Infrastructure.Hosting;
using Spm.Infrastructure.Storage;

namespace Spm.Functions;

/// <summary>Recomputes every period's status as time passes, so deadlines turn into "missing" without any upload.</summary>
public sealed class RecomputeStatus(StatusRecompute recompute)
{
    [Function(FunctionNames.RecomputeStatus)]
    public async Task RunAsync([TimerTrigger("%" + AppSettings.StatusSchedule + "%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await recompute.RecomputeAllAsync(cancellationToken);
}
