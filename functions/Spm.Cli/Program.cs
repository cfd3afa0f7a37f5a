using System.Runtime.InteropServices;
using Spm.Cli;

// Ctrl-C (SIGINT) and SIGTERM cancel the command's token, so a long run (spm serve, spm submit --wait, spm demo)
// stops cleanly: the local host finishes what it is doing and releases its leases.
using var cancellation = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await CliApp.RunAsync(args, Console.Out, Console.Error, cancellation.Token);

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    cancellation.Cancel();
}
