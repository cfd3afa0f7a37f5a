using System.Diagnostics.CodeAnalysis;
using System.Xml;
using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Xlsx;

/// <summary>Carries a finding out of deep reading code; always turned back into data at the API edge.</summary>
internal sealed class XlsxRejectedException(WorkbookProblem problem) : Exception(problem.Detail)
{
    public WorkbookProblem Problem { get; } = problem;
}

/// <summary>Maps the exceptions that hostile or damaged files cause onto findings.</summary>
internal static class XlsxFailure
{
    /// <summary>True when <paramref name="exception"/> is caused by the file's content, with its finding.</summary>
    public static bool TryMap(Exception exception, string? part, [NotNullWhen(true)] out WorkbookProblem? problem)
    {
        problem = exception switch
        {
            XlsxRejectedException rejected => rejected.Problem.Part is null ? rejected.Problem with { Part = part } : rejected.Problem,
            XmlException xml when IsDtd(xml) => WorkbookProblem.XmlDtd("DTD in XML part.") with { Part = part },
            XmlException xml => WorkbookProblem.Corrupt(FormattableString.Invariant($"Malformed XML at line {xml.LineNumber}, position {xml.LinePosition}.")) with { Part = part },

            // Damaged deflate data, CRC mismatches, truncated entries and unsupported compression methods.
            InvalidDataException or EndOfStreamException or NotSupportedException =>
                WorkbookProblem.CorruptZip($"Zip entry cannot be read: {exception.GetType().Name}.") with { Part = part },
            // Parsing only ever reads a local file or a memory copy (network reads finish before it
            // starts), so an IOException here is a seek or read the damaged headers asked for.
            IOException => WorkbookProblem.CorruptZip($"Zip entry cannot be read: {exception.GetType().Name}.") with { Part = part },
            FormatException or OverflowException =>
                WorkbookProblem.Corrupt($"Unreadable value: {exception.GetType().Name}.") with { Part = part },
            _ => null,
        };
        return problem is not null;
    }

    // XmlReader reports a prohibited DTD only through its message; the guard stream normally catches it first.
    private static bool IsDtd(XmlException exception) =>
        exception.Message.Contains("DTD", StringComparison.Ordinal);
}
