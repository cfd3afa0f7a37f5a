using System.CommandLine;
using Spm.Cli.Commands;

namespace Spm.Cli;

/// <summary>The <c>spm</c> command line: System.CommandLine parses, helps and reports usage errors; commands map outcomes to exit codes.</summary>
public static class CliApp
{
    /// <summary>Everything went as asked.</summary>
    public const int Ok = 0;

    /// <summary>The input or the data is wrong (a rejected workbook, a catalog that does not reconcile).</summary>
    public const int DataError = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int UsageError = 2;

    private const string Description = """
        spm — state program monitor: the program catalog, report templates, checking reports, and the pipeline
        (submit, watch, resubmit) on Azure Storage or Azurite.

        Examples:
          spm catalog                                                 summary of the program catalog
          spm catalog extract --decree DECREE.txt --out CATALOG.json  extract the catalog from the decree text
          spm template --agency mia --period 2019-H1 -o mia.xlsx      one agency's report template
          spm validate mia.xlsx --agency mia --now 2019-07-05         check a filled report as the pipeline would
          spm serve                                                   run the pipeline locally (Azurite)
          spm submit mia.xlsx --agency mia --wait                     upload into the agency's drop folder

        Exit codes: 0 ok, 1 the input or data is wrong, 2 usage error.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand(Description);
        foreach (var command in Commands(context))
        {
            root.Subcommands.Add(command);
        }

        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        if (args.Length == 0)
        {
            await root.Parse(["--help"]).InvokeAsync(invocation, cancellationToken);
            return UsageError;
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync($"spm: {error.Message}");
            }

            await stderr.WriteLineAsync("Run 'spm --help' (or 'spm COMMAND --help') for usage.");
            return UsageError;
        }

        try
        {
            return await parsed.InvokeAsync(invocation, cancellationToken);
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"spm: {e.Message}");
            await stderr.WriteLineAsync("Run 'spm --help' (or 'spm COMMAND --help') for usage.");
            return UsageError;
        }
    }

    private static IEnumerable<Command> Commands(CliContext context) =>
    [
        CatalogCommand.Create(context),
        TemplateCommand.CreateOne(context),
        TemplateCommand.CreateAll(context),
        ValidateCommand.Create(context),
        ServeCommand.Create(context),
        SubmitCommand.Create(context),
        SubmissionsCommand.CreateList(context),
        SubmissionsCommand.CreateResubmit(context),
        DemoCommand.Create(context),
        StatusCommand.CreateSeed(context),
        StatusCommand.CreateRecompute(context),
        StatusCommand.CreateStatus(context),
        ReportCommand.Create(context),
        NotificationsCommand.CreateReminders(context),
        NotificationsCommand.CreateContacts(context),
        NotificationsCommand.CreateOutbox(context),
        AccessCommand.Create(context),
    ];
}

/// <summary>The command line is wrong in a way the parser cannot see; the message says how.</summary>
public sealed class UsageException(string message) : Exception(message);
