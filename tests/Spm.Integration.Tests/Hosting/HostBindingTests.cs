using System.Reflection;
using Spm.Cli.LocalHost;
using Spm.Infrastructure.Hosting;
using Local = Microsoft.Azure.WebJobs;
using Worker = Microsoft.Azure.Functions.Worker;

namespace Spm.Integration.Tests.Hosting;

/// <summary>The Functions app (Azure) and spm serve (local) bind the same functions to the same triggers and resources.</summary>
public class HostBindingTests
{
    [Fact]
    public void BothHosts_BindTheSameNamesToTheSameTriggers()
    {
        var azure = AzureFunctions();
        var local = LocalFunctionsBindings();

        Assert.Equal(azure.Keys.Order(), local.Keys.Order());
        Assert.All(azure, pair => Assert.Equal(pair.Value, local[pair.Key]));
        Assert.Equal(
            typeof(FunctionNames).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Order(),
            azure.Keys.Order());
    }

    [Fact]
    public void BothHosts_CallTheSameServices()
    {
        var azure = typeof(Spm.Functions.IngestReport).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<Worker.FunctionAttribute>() is not null))
            .SelectMany(t => t.GetConstructors().Single().GetParameters().Select(p => p.ParameterType))
            .ToHashSet();
        var local = typeof(LocalFunctions).GetConstructors().Single().GetParameters().Select(p => p.ParameterType).ToHashSet();

        Assert.Equal(azure.OrderBy(t => t.FullName), local.OrderBy(t => t.FullName));
    }

    /// <summary>Name → "trigger kind: resource" of every function of the isolated-worker app.</summary>
    private static Dictionary<string, string> AzureFunctions()
    {
        var functions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var method in typeof(Spm.Functions.IngestReport).Assembly.GetTypes().SelectMany(t => t.GetMethods()))
        {
            if (method.GetCustomAttribute<Worker.FunctionAttribute>() is not { } function)
            {
                continue;
            }

            functions[function.Name] = method.GetParameters().Select(p => p.GetCustomAttributes().Select(Describe).FirstOrDefault(d => d is not null)).Single(d => d is not null)!;
        }

        return functions;
    }

    private static Dictionary<string, string> LocalFunctionsBindings()
    {
        var functions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var method in typeof(LocalFunctions).GetMethods())
        {
            if (method.GetCustomAttribute<Local.FunctionNameAttribute>() is not { } function)
            {
                continue;
            }

            functions[function.Name] = method.GetParameters().Select(p => p.GetCustomAttributes().Select(Describe).FirstOrDefault(d => d is not null)).Single(d => d is not null)!;
        }

        return functions;
    }

    private static string? Describe(Attribute attribute) => attribute switch
    {
        Worker.BlobTriggerAttribute blob => $"blob: {blob.BlobPath} @ {blob.Connection}",
        Local.BlobTriggerAttribute blob => $"blob: {blob.BlobPath} @ {blob.Connection}",
        Worker.QueueTriggerAttribute queue => $"queue: {queue.QueueName} @ {queue.Connection}",
        Local.QueueTriggerAttribute queue => $"queue: {queue.QueueName} @ {queue.Connection}",
        Worker.TimerTriggerAttribute timer => $"timer: {timer.Schedule}",
        Local.TimerTriggerAttribute timer => $"timer: {timer.ScheduleExpression}",
        _ => null,
    };
}
