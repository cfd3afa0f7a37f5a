namespace Spm.Infrastructure.Storage;

/// <summary>
/// Creates a table or container on first use, once per process (Azure provisions them; Azurite and tests do not).
/// Two callers racing may both ask: "create if not exists" makes that harmless. A failed attempt is tried again.
/// </summary>
internal sealed class CreateOnce(Func<Task> create)
{
    private Task? creating;

    public Task EnsureAsync(CancellationToken cancellationToken)
    {
        var task = Volatile.Read(ref creating);
        if (task is null || task.IsFaulted || task.IsCanceled)
        {
            task = create();
            Volatile.Write(ref creating, task);
        }

        return task.WaitAsync(cancellationToken);
    }
}
