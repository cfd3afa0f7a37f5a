using System.Globalization;

namespace Spm.Core.Status;

/// <summary>Key parts shared by the status and dimension rows.</summary>
public static class StatusKeys
{
    /// <summary>The unit code of a measure's national line and of the program-wide finance rows.</summary>
    public const string AllUnits = "all";

    /// <summary>A measure's number in a row key, zero-padded so that keys sort in the decree's order: <c>M-007</c>.</summary>
    public static string MeasureRowKey(int number) => "M-" + number.ToString("D3", CultureInfo.InvariantCulture);
}
