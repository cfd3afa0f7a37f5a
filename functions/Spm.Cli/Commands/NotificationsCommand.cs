using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spm.Core.Catalog;
using Spm.Core.Hosting;
using Spm.Core.Notifications.Contacts;
using Spm.Core.Notifications.Reminders;
using Spm.Core.Status;
using Spm.Infrastructure.Email;
using Spm.Infrastructure.Storage;

namespace Spm.Cli.Commands;

/// <summary><c>spm reminders</c>, <c>spm contacts import|export</c> and <c>spm outbox</c>.</summary>
internal static class NotificationsCommand
{
    private static readonly string[] ReminderColumns = ["period", "unit", "occasion", "deadline", "items", "to", "outcome"];
    private static readonly string[] OutboxColumns = ["#", "written (UTC)", "to", "subject"];

    public static Command CreateReminders(CliContext context)
    {
        var now = CliOptions.Now("Plan (or send) as of this date or instant; a bare date means that day's send hour in Asia/Almaty.");
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the plan without sending or claiming anything." };
        var storage = CliOptions.Storage();
        var command = new Command("reminders", "Plans and sends the day's deadline reminders, escalations and the coordinator's digest (each at most once); prints what it did.") { now, dryRun, storage };
        command.SetAction(async (result, cancellationToken) =>
        {
            var when = result.GetValue(now);
            var raw = result.GetResult(now)?.Tokens is [var token, ..] ? token.Value : null;
            if (when is { } date && raw is { Length: 10 })
            {
                // A bare date: that day's send hour, so the day's reminders are due.
                await using var probe = CliServices.Build(storage: result.GetValue(storage));
                var policy = probe.GetRequiredService<Microsoft.Extensions.Options.IOptions<ReminderPolicy>>().Value;
                var zone = ReportingDeadlines.Zone(probe.GetRequiredService<LoadedCatalog>().Catalog.Program.TimeZone);
                when = policy.SendInstant(DateOnly.FromDateTime(date.UtcDateTime), zone);
            }

            await using var services = CliServices.Build(when, result.GetValue(storage));
            await services.GetRequiredService<StorageClients>().EnsureCreatedAsync(cancellationToken);
            var run = await services.GetRequiredService<ReminderService>().RunAsync(result.GetValue(dryRun), cancellationToken);
            var plan = run.Plan;
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Reminders for {plan.LocalDate:yyyy-MM-dd} (Asia/Almaty){(run.DryRun ? ", dry run: nothing sent" : "")}: {plan.Reminders.Count} reminder(s), digest {(plan.Digest is null ? "none" : "yes")}."));
            if (plan.BeforeSendHour)
            {
                await context.Out.WriteLineAsync($"Before the day's send hour ({plan.SendFrom:HH:mm} UTC): nothing is due yet.");
            }

            var table = new Table().Border(TableBorder.Simple);
            foreach (var heading in ReminderColumns)
            {
                table.AddColumn(heading);
            }

            var deliveries = run.Deliveries.ToDictionary(d => d.Key, StringComparer.Ordinal);
            foreach (var reminder in plan.Reminders)
            {
                deliveries.TryGetValue(reminder.Key, out var delivery);
                table.AddRow(
                    Markup.Escape(reminder.Period.Code),
                    Markup.Escape(reminder.Unit),
                    Markup.Escape(reminder.Occasion),
                    reminder.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join(" ", reminder.Items.Select(i => i.Code))),
                    Markup.Escape(delivery is null ? "" : string.Join("; ", delivery.To)),
                    Markup.Escape(delivery?.Outcome.ToString() ?? "planned"));
            }

            context.Console.Write(table);
            foreach (var delivery in run.Deliveries.Where(d => !plan.Reminders.Any(r => r.Key == d.Key)))
            {
                await context.Out.WriteLineAsync($"  {delivery.Kind}: {delivery.Subject} → {string.Join("; ", delivery.To)} ({delivery.Outcome})");
            }

            if (run.MissingContacts.Count > 0)
            {
                await context.Out.WriteLineAsync($"No contact for: {string.Join(", ", run.MissingContacts)} (reported to the coordinator). Import them with spm contacts import FILE.csv.");
            }

            return CliApp.Ok;
        });
        return command;
    }

    public static Command CreateContacts(CliContext context)
    {
        var command = new Command("contacts", "Imports or exports the contacts table: CSV with the header unit,to,cc,language (cc separated by ';', language kk, ru or both; the unit 'coordinator' for the coordinator).");
        var importFile = new Argument<string>("FILE") { Description = "The CSV file to import." };
        var importStorage = CliOptions.Storage();
        var import = new Command("import", "Validates the file (every problem by line; nothing imported from a file with errors) and replaces the contacts.") { importFile, importStorage };
        import.SetAction(async (result, cancellationToken) =>
        {
            await using var services = CliServices.Build(storage: result.GetValue(importStorage));
            await services.GetRequiredService<StorageClients>().EnsureCreatedAsync(cancellationToken);
            var path = result.GetValue(importFile)!;
            if (!File.Exists(path))
            {
                await context.Error.WriteLineAsync($"spm: {path}: no such file.");
                return CliApp.DataError;
            }

            await using var csv = File.OpenRead(path);
            var outcome = await services.GetRequiredService<ContactsService>().ImportAsync(csv, cancellationToken);
            foreach (var problem in outcome.Problems)
            {
                await context.Error.WriteLineAsync($"{path}:{problem}");
            }

            if (!outcome.Imported)
            {
                await context.Error.WriteLineAsync($"spm: {outcome.Problems.Count} problem(s); nothing imported.");
                return CliApp.DataError;
            }

            await context.Out.WriteLineAsync($"Imported {outcome.Count} contact(s).{(outcome.UnitsWithoutContact.Count > 0 ? $" Still without a contact: {string.Join(", ", outcome.UnitsWithoutContact)}." : "")}");
            return CliApp.Ok;
        });
        var exportFile = new Argument<string>("FILE") { Description = "The CSV file to write." };
        var exportStorage = CliOptions.Storage();
        var export = new Command("export", "Writes the contacts as CSV (safe to open in a spreadsheet: cells that would start a formula are quoted).") { exportFile, exportStorage };
        export.SetAction(async (result, cancellationToken) =>
        {
            await using var services = CliServices.Build(storage: result.GetValue(exportStorage));
            await using var output = File.Create(result.GetValue(exportFile)!);
            var count = await services.GetRequiredService<ContactsService>().ExportAsync(output, cancellationToken);
            await context.Out.WriteLineAsync($"Exported {count} contact(s) to {result.GetValue(exportFile)}.");
            return CliApp.Ok;
        });
        command.Subcommands.Add(import);
        command.Subcommands.Add(export);
        return command;
    }

    public static Command CreateOutbox(CliContext context)
    {
        var open = new Option<int?>("--open") { Description = "Show message N (as listed) in full: headers, the plain text and where the .eml is.", HelpName = "N" };
        var last = new Option<int?>("--last") { Description = "List only the last N messages.", HelpName = "N" };
        var storage = CliOptions.Storage();
        var command = new Command("outbox", "Lists the email written to the outbox container (.eml files any mail client opens) when no SendGrid key is set.") { open, last, storage };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = CliServices.Build(storage: result.GetValue(storage));
            var reader = services.GetRequiredService<OutboxReader>();
            if (result.GetValue(open) is { } number)
            {
                var message = await reader.OpenAsync(number, cancellationToken);
                if (message is null)
                {
                    await context.Error.WriteLineAsync($"spm: no message {number} in the outbox.");
                    return CliApp.DataError;
                }

                await context.Out.WriteLineAsync($"#{message.Entry.Number} {message.Entry.Name} ({Containers.Outbox})");
                await context.Out.WriteLineAsync($"To: {string.Join(", ", message.Entry.To)}");
                await context.Out.WriteLineAsync($"Subject: {message.Entry.Subject}");
                await context.Out.WriteLineAsync();
                await context.Out.WriteLineAsync(message.Text);
                return CliApp.Ok;
            }

            var entries = await reader.ListAsync(result.GetValue(last), cancellationToken);
            if (entries.Count == 0)
            {
                await context.Out.WriteLineAsync("The outbox is empty.");
                return CliApp.Ok;
            }

            var table = new Table().Border(TableBorder.Simple);
            foreach (var heading in OutboxColumns)
            {
                table.AddColumn(heading);
            }

            foreach (var entry in entries)
            {
                table.AddRow(entry.Number.ToString(CultureInfo.InvariantCulture), entry.WrittenUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Markup.Escape(string.Join("; ", entry.To)), Markup.Escape(entry.Subject));
            }

            context.Console.Write(table);
            return CliApp.Ok;
        });
        return command;
    }
}
