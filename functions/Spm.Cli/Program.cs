using Spm.Cli;

// Ctrl-C cancels the command's token, so a long run (spm serve, spm submit --wait) stops cleanly.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await CliApp.RunAsync(args, Console.Out, Console.Error, cancellation.Token);
