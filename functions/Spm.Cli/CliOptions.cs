using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Spm.Cli;

/// <summary>Options several commands share, each made fresh per command.</summary>
internal static class CliOptions
{
    /// <summary><c>--now DATE</c>: the clock setting, to replay a past period (Asia/Almaty dates; midnight UTC for a bare date).</summary>
    public static Option<DateTimeOffset?> Now(string description = "Run as of another date or instant, to replay a past period (e.g. 2019-07-05 or 2019-07-05T12:00:00+06:00).") =>
        new("--now")
        {
            Description = description,
            HelpName = "DATE",
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var now))
                {
                    return now;
                }

                result.AddError($"--now takes an ISO date or date-time, e.g. 2019-07-05 or 2019-07-05T12:00:00+06:00; got '{text}'.");
                return null;
            },
        };

    /// <summary><c>--json</c>: machine-readable output for scripts.</summary>
    public static Option<bool> Json(string description = "Print JSON for scripts instead of text.") => new("--json") { Description = description };

    /// <summary><c>-o/--out PATH</c>.</summary>
    public static Option<string> Output(string description, bool required = true) =>
        new("--out", "-o") { Description = description, Required = required, HelpName = "PATH" };

    /// <summary><c>--agency CODE</c>.</summary>
    public static Option<string> Agency(string description = "The reporting unit's code (e.g. mia, akmola).", bool required = true) =>
        new("--agency") { Description = description, Required = required, HelpName = "CODE" };

    /// <summary><c>--period CODE</c>.</summary>
    public static Option<string> Period(string description = "The reporting period (e.g. 2019-H1, 2019-FY).", bool required = true) =>
        new("--period") { Description = description, Required = required, HelpName = "CODE" };

    /// <summary><c>--storage CONNECTION</c>: a storage connection string; default: the AzureWebJobsStorage setting, else Azurite.</summary>
    public static Option<string?> Storage() => new("--storage")
    {
        Description = "Storage connection string (default: the AzureWebJobsStorage setting from the environment or local.settings.json, else Azurite on its default ports).",
        HelpName = "CONNECTION",
    };
}
