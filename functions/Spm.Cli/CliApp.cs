using Spm.Cli.Commands;

namespace Spm.Cli;

/// <summary>The <c>spm</c> command line: dispatches to commands and maps outcomes to exit codes.</summary>
public static class CliApp
{
    /// <summary>Everything went as asked.</summary>
    public const int Ok = 0;

    /// <summary>The input or the data is wrong (a rejected workbook, a catalog that does not reconcile).</summary>
    public const int DataError = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int UsageError = 2;

    public const string Usage = """
        spm — state program monitor

        Usage:
          spm catalog [--json] [--file CATALOG.json]
              Summary of the program catalog (counts, money per year and source against the
              decree's stated totals, agencies); --json prints the catalog itself.
          spm catalog extract --decree DECREE.txt [--out CATALOG.json] [--check CATALOG.json]
              Extracts the catalog from the decree text. --out writes it; --check compares it
              with a committed file and fails when they differ.
          spm template --agency CODE --period CODE -o FILE.xlsx
              Writes the agency's report template for the period (e.g. --agency mia --period 2019-H1).
          spm templates --period CODE -o DIR
              Writes <agency>-<period>.xlsx into DIR for every agency that owes a report for the period.
          spm validate FILE.xlsx --agency CODE [--json] [--feedback OUT.xlsx] [--now DATE]
              Checks a filled report as the pipeline would: prints every finding (cell, rule,
              Kazakh and Russian message); exit 0 when acceptable, 1 when rejected. --feedback
              writes the report back with each finding marked on its cell and a findings sheet.
              --now validates as of another date (Asia/Almaty), to replay past periods.
          spm --help | --version

        Exit codes: 0 ok, 1 the input or data is wrong, 2 usage error.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            await stdout.WriteLineAsync(Usage.AsMemory(), cancellationToken);
            return args.Length == 0 ? UsageError : Ok;
        }

        if (args[0] == "--version")
        {
            await stdout.WriteLineAsync(typeof(CliApp).Assembly.GetName().Version?.ToString() ?? "0.0.0");
            return Ok;
        }

        try
        {
            var options = CommandLine.Parse(args.Skip(1));
            return args[0] switch
            {
                "catalog" => await CatalogCommand.RunAsync(options, stdout, stderr, cancellationToken),
                "template" => await TemplateCommand.RunOneAsync(options, stdout, stderr, cancellationToken),
                "templates" => await TemplateCommand.RunAllAsync(options, stdout, stderr, cancellationToken),
                "validate" => await ValidateCommand.RunAsync(options, stdout, stderr, cancellationToken),
                _ => throw new UsageException($"Unknown command '{args[0]}'."),
            };
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"spm: {e.Message}");
            await stderr.WriteLineAsync("Run 'spm --help' for usage.");
            return UsageError;
        }
    }
}

/// <summary>The command line is wrong; the message says how.</summary>
public sealed class UsageException(string message) : Exception(message);
