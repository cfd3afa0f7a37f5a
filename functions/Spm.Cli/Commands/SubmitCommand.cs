using System.CommandLine;
using System.Globalization;
using Azure;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spm.Core.Catalog;
using Spm.Core.Reporting;
using Spm.Core.Reporting.Validation;
using Spm.Core.Submissions;
using Spm.Infrastructure.Storage;

namespace Spm.Cli.Commands;

/// <summary><c>spm submit</c>: uploads a report into its agency's drop folder, as an agency would, and optionally waits for the outcome.</summary>
internal static class SubmitCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The report workbook (.xlsx)." };
        var agency = CliOptions.Agency("The agency whose drop folder receives the file.");
        var wait = new Option<bool>("--wait") { Description = "Wait for the outcome, print it with the findings; exit 0 accepted, 1 anything else." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait with --wait.", DefaultValueFactory = _ => 120, HelpName = "SECONDS" };
        var storage = CliOptions.Storage();
        var command = new Command("submit", "Pre-checks a report locally (a file naming classified content is never uploaded), uploads it to drop/{agency}/ and with --wait reports what the pipeline made of it.")
        {
            file, agency, wait, timeout, storage,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            context, result.GetValue(file)!, result.GetValue(agency)!, result.GetValue(wait), result.GetValue(timeout), result.GetValue(storage), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string file, string agency, bool wait, int timeoutSeconds, string? storage, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build(storage: storage);
        var catalog = services.GetRequiredService<LoadedCatalog>();
        if (!catalog.Catalog.Agencies.Any(a => a.Code == agency && a.Kind != AgencyKind.Group))
        {
            await context.Error.WriteLineAsync($"spm: unknown agency '{agency}'.");
            return CliApp.DataError;
        }

        if (!File.Exists(file))
        {
            await context.Error.WriteLineAsync($"spm: {file}: no such file.");
            return CliApp.DataError;
        }

        var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        var screening = await services.GetRequiredService<Spm.Core.Screening.IWorkbookScreen>().ScreenAsync(new MemoryStream(bytes), cancellationToken);
        if (screening.ContainsClassified)
        {
            // Never send classified content into the system, not even to have it refused.
            await context.Error.WriteLineAsync($"spm: {file} names classified content; it was not uploaded. Report classified measures through the established channel.");
            return CliApp.DataError;
        }

        var clients = services.GetRequiredService<StorageClients>();
        await clients.EnsureCreatedAsync(cancellationToken);
        var name = $"{agency}/{Path.GetFileName(file)}";
        var blob = clients.Container(Containers.Drop).GetBlobClient(name);
        var uploaded = await blob.UploadAsync(new BinaryData(bytes), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        }, cancellationToken);
        var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
        var id = SubmissionId.For(name, uploaded.Value.ETag.ToString(), properties.Value.LastModified);
        await context.Out.WriteLineAsync($"Uploaded {Containers.Drop}/{name} ({bytes.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes); submission {id}.");
        if (!wait)
        {
            return CliApp.Ok;
        }

        var store = services.GetRequiredService<ISubmissionStore>();
        var submission = await WaitAsync(context, store, agency, id, TimeSpan.FromSeconds(timeoutSeconds), cancellationToken);
        if (submission is null)
        {
            await context.Error.WriteLineAsync($"spm: no outcome for {id} within {timeoutSeconds} s. Is the pipeline running (spm serve)? Check later with: spm submissions --agency {agency}");
            return CliApp.DataError;
        }

        var findings = await store.GetFindingsAsync(submission, cancellationToken);
        await PrintAsync(context, submission, findings);
        return submission.Outcome == SubmissionOutcome.Accepted ? CliApp.Ok : CliApp.DataError;
    }

    private static async Task<Submission?> WaitAsync(CliContext context, ISubmissionStore store, string agency, string id, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        async Task<Submission?> PollAsync(Action<string> status)
        {
            try
            {
                while (true)
                {
                    var stored = await store.GetAsync(agency, id, deadline.Token);
                    status(stored is null ? "waiting for the pipeline to pick the file up…" : $"{stored.Submission.Outcome.ToString().ToLowerInvariant()}…");
                    if (stored?.Submission.IsTerminal == true)
                    {
                        return stored.Submission;
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(500), deadline.Token);
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }

        if (context.IsInteractive)
        {
            return await context.Console.Status().StartAsync("waiting…", status => PollAsync(text => status.Status(text)));
        }

        return await PollAsync(_ => { });
    }

    internal static async Task PrintAsync(CliContext context, Submission submission, IReadOnlyList<Finding> findings)
    {
        await context.Out.WriteLineAsync($"{submission.Outcome.ToString().ToUpperInvariant()}: {submission.Agency} {(submission.Period.Length == 0 ? "(no period)" : submission.Period)}, {submission.Errors} error(s), {submission.Warnings} warning(s){(submission.Rule.Length > 0 ? $", rule {submission.Rule}" : "")}.");
        if (submission.FeedbackPath.Length > 0)
        {
            await context.Out.WriteLineAsync($"Feedback workbook: {submission.FeedbackPath}");
        }

        foreach (var f in findings)
        {
            var where = f.Cell is null ? f.Sheet ?? "file" : $"{f.Sheet}!{f.Cell}";
            await context.Out.WriteLineAsync($"  {(f.Severity == FindingSeverity.Error ? "error" : "warning"),-7} {where,-14} {f.RowCode ?? "",-8} {f.RuleId}");
            await context.Out.WriteLineAsync($"          kk: {f.Kazakh}");
            await context.Out.WriteLineAsync($"          ru: {f.Russian}");
        }
    }
}
