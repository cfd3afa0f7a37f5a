using Microsoft.Azure.Functions.Worker;
using Spm.Core.Submissions;
using Spm.Infrastructure.Hosting;
using Spm.Infrastructure.Storage;

namespace Spm.Functions;

/// <summary>Re-queues drop blobs and pending submissions the triggers missed.</summary>
public sealed class ReconcileDrops(DropReconciler reconciler)
{
    [Function(FunctionNames.ReconcileDrops)]
    public async Task RunAsync([TimerTrigger("%" + AppSettings.ReconcileSchedule + "%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await reconciler.RunAsync(cancellationToken);
}
