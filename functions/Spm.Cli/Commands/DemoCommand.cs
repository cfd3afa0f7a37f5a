using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spm.Core.Catalog;
using Spm.Core.Notifications.Contacts;
using Spm.Core.Reporting;
using Spm.Core.Submissions;
using Spm.Infrastructure.Storage;
using Spm.Infrastructure.Templates;

namespace Spm.Cli.Commands;

/// <summary>
/// <c>spm demo</c>: the main job's driver. Uploads labelled sample reports for one replayed period — most clean, some
/// with errors, a corrected resubmission, a correction that supersedes an accepted report, a duplicate and one that
/// names a classified measure — to a running pipeline (<c>spm serve</c>), waits for every outcome with visible
/// progress, and prints what became of each.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var period = CliOptions.Period("The period to replay (default 2019-H1).", required: false);
        var storage = CliOptions.Storage();
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the outcomes of each wave.", DefaultValueFactory = _ => 180, HelpName = "SECONDS" };
        var command = new Command("demo", "Submits labelled sample reports for a replayed period to a running pipeline (spm serve) and shows their outcomes; exit 1 if any upload ends without one.")
        {
            period, storage, timeout,
        };
        command.SetAction((result, cancellationToken) =>
            RunAsync(context, result.GetValue(period) ?? "2019-H1", result.GetValue(storage), result.GetValue(timeout), cancellationToken));
        return command;
    }

    private sealed record Upload(string Agency, string Name, byte[] Bytes, string Label);

    private static async Task<int> RunAsync(CliContext context, string period, string? storage, int timeoutSeconds, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build(storage: storage);
        var catalog = services.GetRequiredService<LoadedCatalog>();
        var owing = ReportObligations.AgenciesOwing(catalog.Catalog, period);
        if (owing.Count < 8)
        {
            await context.Error.WriteLineAsync($"spm: period '{period}' has too few reporting units for the demo ({owing.Count}).");
            return CliApp.DataError;
        }

        var clients = services.GetRequiredService<StorageClients>();
        await clients.EnsureCreatedAsync(cancellationToken);
        var store = services.GetRequiredService<ISubmissionStore>();
        var directory = services.GetRequiredService<IContactDirectory>();
        if ((await directory.AllAsync(cancellationToken)).Count == 0)
        {
            // Receipts and reminders need someone to write to: sample contacts on a reserved domain.
            var contacts = SampleContacts.For(catalog.Catalog);
            await directory.ReplaceAllAsync(contacts, cancellationToken);
            await context.Out.WriteLineAsync($"Sample contacts: {contacts.Count} unit(s) and the coordinator at @{SampleContacts.Domain}.");
        }

        var started = Stopwatch.StartNew();

        // The templates the reminders point to.
        await services.GetRequiredService<TemplatePublisher>().PublishAsync(period, cancellationToken);

        // Wave 1: every unit reports; three with mistakes, one naming a classified measure.
        var withErrors = owing.Skip(1).Take(3).ToHashSet(StringComparer.Ordinal);
        var classified = owing[^1];
        var first = new List<Upload>();
        for (var i = 0; i < owing.Count; i++)
        {
            var agency = owing[i];
            var kind = withErrors.Contains(agency) ? SampleKind.WithErrors : agency == classified ? SampleKind.NamingClassified : SampleKind.Clean;
            var label = kind switch
            {
                SampleKind.WithErrors => "with errors",
                SampleKind.NamingClassified => "names a classified measure",
                _ => "clean",
            };
            first.Add(new Upload(agency, $"{agency}/sample-{agency}-{period}.xlsx", await SampleReports.CreateAsync(catalog, agency, period, kind, seed: i, cancellationToken), label));
        }

        await context.Out.WriteLineAsync($"Sample data for {period}: uploading {first.Count} report(s) to {clients.Description} …");
        var ids = await UploadAsync(clients, first, cancellationToken);
        if (!await WaitAsync(context, store, ids, TimeSpan.FromSeconds(timeoutSeconds), cancellationToken))
        {
            return CliApp.DataError;
        }

        // Wave 2: one rejected unit fixes its report; one accepted unit sends a correction; one sends the same file again.
        var fixer = withErrors.First();
        var corrector = owing[0];
        var repeater = owing[4];
        var second = new List<Upload>
        {
            new(fixer, $"{fixer}/sample-{fixer}-{period}-fixed.xlsx", await SampleReports.CreateAsync(catalog, fixer, period, SampleKind.Clean, seed: 100, cancellationToken), "resubmission after errors"),
            new(corrector, $"{corrector}/sample-{corrector}-{period}-correction.xlsx", await SampleReports.CreateAsync(catalog, corrector, period, SampleKind.Clean, seed: 101, cancellationToken), "correction of an accepted report"),
            new(repeater, $"{repeater}/sample-{repeater}-{period}-again.xlsx", first.Single(u => u.Agency == repeater).Bytes, "the same file again"),
        };
        await context.Out.WriteLineAsync($"Second wave: {second.Count} upload(s) — a resubmission, a correction, a duplicate …");
        ids = [.. ids, .. await UploadAsync(clients, second, cancellationToken)];
        if (!await WaitAsync(context, store, ids, TimeSpan.FromSeconds(timeoutSeconds), cancellationToken))
        {
            return CliApp.DataError;
        }

        var all = new List<Submission>();
        foreach (var (agency, id) in ids)
        {
            // By id: an upload that was not kept may have no period.
            all.Add((await store.GetAsync(agency, id, cancellationToken))!.Submission);
        }

        context.Console.Write(SubmissionsCommand.Table(all));
        var counts = string.Join(", ", all.GroupBy(s => s.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
        await context.Out.WriteLineAsync($"{all.Count} upload(s), every one with an outcome: {counts}; {started.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s.");
        await context.Out.WriteLineAsync($"Originals: container {Containers.Archive}; feedback workbooks: {Containers.Feedback}; tables: {Tables.Submissions}, {Tables.Findings}, {Tables.ReportedValues}, {Tables.CurrentReports} (on {clients.Description}).");
        return CliApp.Ok;
    }

    private static async Task<List<(string Agency, string Id)>> UploadAsync(StorageClients clients, IEnumerable<Upload> uploads, CancellationToken cancellationToken)
    {
        var ids = new List<(string, string)>();
        var container = clients.Container(Containers.Drop);
        foreach (var upload in uploads)
        {
            var blob = container.GetBlobClient(upload.Name);
            var response = await blob.UploadAsync(new BinaryData(upload.Bytes), new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
                Metadata = new Dictionary<string, string> { ["sample"] = upload.Label },
            }, cancellationToken);
            ids.Add((upload.Agency, SubmissionId.For(upload.Name, response.Value.ETag.ToString(), response.Value.LastModified)));
        }

        return ids;
    }

    /// <summary>Waits until every submission has its outcome; progress on a terminal, a line every few seconds otherwise.</summary>
    private static async Task<bool> WaitAsync(CliContext context, ISubmissionStore store, List<(string Agency, string Id)> ids, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        async Task<int> FinishedAsync()
        {
            var done = 0;
            foreach (var (agency, id) in ids)
            {
                done += (await store.GetAsync(agency, id, deadline.Token))?.Submission.IsTerminal == true ? 1 : 0;
            }

            return done;
        }

        try
        {
            if (context.IsInteractive)
            {
                await context.Console.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask("outcomes recorded", maxValue: ids.Count);
                    while ((task.Value = await FinishedAsync()) < ids.Count)
                    {
                        await Task.Delay(500, deadline.Token);
                    }
                });
                return true;
            }

            var last = -1;
            int finished;
            while ((finished = await FinishedAsync()) < ids.Count)
            {
                if (finished != last)
                {
                    await context.Out.WriteLineAsync($"  {finished}/{ids.Count} outcome(s) recorded …");
                    last = finished;
                }

                await Task.Delay(1000, deadline.Token);
            }

            await context.Out.WriteLineAsync($"  {ids.Count}/{ids.Count} outcome(s) recorded.");
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync($"spm: not every upload had an outcome within {timeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s. Is spm serve running on the same storage?");
            return false;
        }
    }
}
