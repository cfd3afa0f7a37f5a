using Spectre.Console;

namespace Spm.Cli;

/// <summary>Where a command writes: plain text to <see cref="Out"/> and <see cref="Error"/>, tables and progress through <see cref="Console"/>.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error)
    {
        Out = output;
        Error = error;
        var terminal = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            // Redirected output (a file, a test, CI) gets plain, wide lines rather than a guessed terminal width.
            Console.Profile.Width = 200;
        }
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Spectre.Console over <see cref="Out"/>: colour and live progress only on a real terminal.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Whether live progress can be drawn (a terminal); otherwise commands print one line per step.</summary>
    public bool IsInteractive => Console.Profile.Capabilities.Interactive;
}
