using Spm.Cli;

namespace Spm.Integration.Tests.Cli;

/// <summary>Runs the <c>spm</c> command line in-process and captures what it prints.</summary>
internal static class SpmCli
{
    public static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
