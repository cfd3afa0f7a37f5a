namespace Spm.Core.Status.Reports;

/// <summary>The language a status report is written in.</summary>
public enum StatusReportLanguage
{
    /// <summary>Kazakh, <c>kk</c>: the default.</summary>
    Kazakh,

    /// <summary>Russian, <c>ru</c>. The catalog's indicator and measure names stay Kazakh: it has no Russian text.</summary>
    Russian,
}
