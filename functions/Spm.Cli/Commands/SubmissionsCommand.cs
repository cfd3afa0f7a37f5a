using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spm.Core.Submissions;

namespace Spm.Cli.Commands;

/// <summary><c>spm submissions</c> and <c>spm resubmit</c>: what became of the uploads, and re-queueing a failed one.</summary>
internal static class SubmissionsCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command CreateList(CliContext context)
    {
        var agency = CliOptions.Agency("Only this agency's uploads.", required: false);
        var period = CliOptions.Period("Only uploads for this period.", required: false);
        var json = CliOptions.Json();
        var storage = CliOptions.Storage();
        var command = new Command("submissions", "Lists uploads and their outcomes (oldest first): id, agency, period, outcome, the deciding rule, errors and warnings, when.")
        {
            agency, period, json, storage,
        };
        command.SetAction((result, cancellationToken) => ListAsync(
            context, result.GetValue(agency), result.GetValue(period), result.GetValue(json), result.GetValue(storage), cancellationToken));
        return command;
    }

    public static Command CreateResubmit(CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "The submission id (as spm submissions shows it)." };
        var storage = CliOptions.Storage();
        var command = new Command("resubmit", "Queues a failed (or stuck) submission for validation again, from its archived original.") { id, storage };
        command.SetAction((result, cancellationToken) => ResubmitAsync(context, result.GetValue(id)!, result.GetValue(storage), cancellationToken));
        return command;
    }

    private static async Task<int> ListAsync(CliContext context, string? agency, string? period, bool json, string? storage, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build(storage: storage);
        var list = await services.GetRequiredService<ISubmissionStore>().ListAsync(agency, period, cancellationToken);
        if (json)
        {
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(list, Json));
            return CliApp.Ok;
        }

        if (list.Count == 0)
        {
            await context.Out.WriteLineAsync("No submissions.");
            return CliApp.Ok;
        }

        context.Console.Write(Table(list));
        return CliApp.Ok;
    }

    /// <summary>A table of submissions, for this command and the local main job.</summary>
    internal static Table Table(IEnumerable<Submission> submissions)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var heading in new[] { "submission", "agency", "period", "outcome", "rule", "errors", "warnings", "uploaded (UTC)", "notes" })
        {
            table.AddColumn(new TableColumn(heading));
        }

        foreach (var s in submissions)
        {
            var notes = string.Join("; ", new[]
            {
                s.Late ? $"late {s.DaysLate} d" : "",
                s.SupersededBy.Length > 0 ? "superseded" : s.Outcome == SubmissionOutcome.Accepted ? "current" : "",
                s.DuplicateOf.Length > 0 ? $"same file as {s.DuplicateOf[..15]}…" : "",
                s.Classified ? "classified: nothing kept" : !s.Stored && s.IsTerminal && s.Outcome != SubmissionOutcome.Duplicate ? "not kept" : "",
            }.Where(n => n.Length > 0));
            table.AddRow(
                Markup.Escape(s.Id),
                Markup.Escape(s.Agency),
                Markup.Escape(s.Period),
                Markup.Escape(s.Outcome.ToString().ToLowerInvariant()),
                Markup.Escape(s.Rule),
                s.Errors.ToString(CultureInfo.InvariantCulture),
                s.Warnings.ToString(CultureInfo.InvariantCulture),
                s.UploadedUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                Markup.Escape(notes));
        }

        return table;
    }

    private static async Task<int> ResubmitAsync(CliContext context, string id, string? storage, CancellationToken cancellationToken)
    {
        if (!SubmissionId.IsWellFormed(id))
        {
            throw new UsageException($"'{id}' is not a submission id (like 20190705T101500123Z-3f9a1c2b7d).");
        }

        await using var services = CliServices.Build(storage: storage);
        var (outcome, submission) = await services.GetRequiredService<Resubmission>().ResubmitAsync(id, cancellationToken);
        var message = outcome switch
        {
            Resubmission.Outcome.Queued => $"Queued {id} ({submission!.Agency}) for validation again.",
            Resubmission.Outcome.NotFound => $"spm: no submission {id}.",
            Resubmission.Outcome.NotKept => $"spm: {id} was not kept ({submission!.Outcome.ToString().ToLowerInvariant()}, {submission.Rule}); there is nothing to validate. Ask the agency to upload a corrected file.",
            _ => $"spm: {id} already finished ({submission!.Outcome.ToString().ToLowerInvariant()}); only failed or stuck submissions are resubmitted.",
        };
        await (outcome == Resubmission.Outcome.Queued ? context.Out : context.Error).WriteLineAsync(message);
        return outcome == Resubmission.Outcome.Queued ? CliApp.Ok : CliApp.DataError;
    }
}
