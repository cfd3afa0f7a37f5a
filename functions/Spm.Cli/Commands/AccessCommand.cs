using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spm.Infrastructure.Blobs;

namespace Spm.Cli.Commands;

/// <summary><c>spm access</c>: a short-lived, create-only upload link into one unit's drop folder.</summary>
internal static class AccessCommand
{
    public static Command Create(CliContext context)
    {
        var agency = CliOptions.Agency("The unit whose drop folder the link writes into.");
        var name = new Option<string?>("--name") { Description = "The file name in the folder (default: a new unique report-….xlsx).", HelpName = "FILE.xlsx" };
        var minutes = new Option<int>("--minutes") { Description = "How long the link lives (at most 1440).", DefaultValueFactory = _ => 60, HelpName = "MINUTES" };
        var storage = CliOptions.Storage();
        var command = new Command("access", "Issues a create-only link for one upload into drop/{agency}/ for units that cannot sign in with Entra ID (user-delegation SAS in Azure).")
        {
            agency, name, minutes, storage,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = CliServices.Build(storage: result.GetValue(storage));
            Uri link;
            try
            {
                link = await services.GetRequiredService<UploadAccess>().IssueAsync(
                    result.GetValue(agency)!, result.GetValue(name), TimeSpan.FromMinutes(result.GetValue(minutes)), cancellationToken);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }

            await context.Out.WriteLineAsync(link.ToString());
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Valid {result.GetValue(minutes)} min, for one new file only. Upload: curl -X PUT -H \"x-ms-blob-type: BlockBlob\" --data-binary @report.xlsx \"<link>\""));
            return CliApp.Ok;
        });
        return command;
    }
}
