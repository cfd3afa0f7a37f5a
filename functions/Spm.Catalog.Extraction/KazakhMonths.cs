using Spm.Core.Catalog;

namespace Spm.Catalog.Extraction;

/// <summary>Kazakh month names, matched by stem so that case endings («шілдеге», «наурыздағы») do not matter.</summary>
internal static class KazakhMonths
{
    private static readonly string[] Stems =
    [
        "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
        "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
    ];

    public static int? Parse(string word)
    {
        var w = word.ToLowerInvariant();
        for (var i = 0; i < Stems.Length; i++)
        {
            if (w.StartsWith(Stems[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }
}
