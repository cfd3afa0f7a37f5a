using System.Globalization;
using System.Text;
using System.Xml;
using Spm.Core.Workbooks;

namespace Spm.Infrastructure.Xlsx;

/// <summary>Loads the shared string table, the one part that must sit in memory, within the limits.</summary>
internal static class SharedStringTable
{
    private const int EscapeExpansion = 7; // "_x000D_" is seven characters for one

    public static List<string> Read(XlsxPackage package, string part)
    {
        var limits = package.Limits;
        var names = new SpreadsheetNames();
        using var xml = package.OpenXml(part, names.Table);
        List<string>? strings = null;
        var text = new StringBuilder();
        long chars = 0;
        var rawLimit = (int)Math.Min((long)limits.MaxStringLength * EscapeExpansion, int.MaxValue);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (strings is null && xml.LocalName == "sst")
            {
                // The declared count only sizes the list; it is never trusted beyond the limit.
                _ = int.TryParse(xml.GetAttribute("uniqueCount"), NumberStyles.None, CultureInfo.InvariantCulture, out var declared);
                strings = new List<string>(Math.Clamp(declared, 0, Math.Min(limits.MaxSharedStrings, 1_000_000)));
                continue;
            }

            if (!ReferenceEquals(xml.LocalName, names.SharedItem))
            {
                continue;
            }

            strings ??= [];
            if (strings.Count >= limits.MaxSharedStrings)
            {
                var detail = FormattableString.Invariant($"More than {limits.MaxSharedStrings} shared strings.");
                throw XlsxPackage.Reject(WorkbookProblem.TooManyStrings(detail) with { Part = part });
            }

            var read = RichText.Read(xml, names, text, rawLimit);
            var value = read is null ? null : OoxmlText.Decode(read);
            if (value is null || value.Length > limits.MaxStringLength)
            {
                var detail = FormattableString.Invariant($"Shared string {strings.Count} is longer than {limits.MaxStringLength} characters.");
                throw XlsxPackage.Reject(WorkbookProblem.StringTooLong(limits.MaxStringLength, detail) with { Part = part });
            }

            chars += value.Length;
            if (chars > limits.MaxSharedStringChars)
            {
                var detail = FormattableString.Invariant($"Shared strings hold more than {limits.MaxSharedStringChars} characters.");
                throw XlsxPackage.Reject(WorkbookProblem.TooManyStrings(detail) with { Part = part });
            }

            strings.Add(value);
        }

        return strings ?? [];
    }
}
