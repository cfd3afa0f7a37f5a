namespace Spm.Core.Reporting;

/// <summary>Where things are in a report template: the contract between the template writer and the workbook reader.</summary>
public static class ReportTemplateLayout
{
    /// <summary>Version of the template layout, recorded in the identity sheet; bump it when anything below moves.</summary>
    public const int FormatVersion = 1;

    /// <summary>The report sheet («Есеп», report).</summary>
    public const string ReportSheet = "Есеп";

    /// <summary>The very hidden sheet with the template's machine-readable identity (key in column A, value in column B).</summary>
    public const string IdentitySheet = "_identity";

    /// <summary>1-based row of the column headings on the report sheet; rows above it are frozen.</summary>
    public const int HeadingRow = 7;

    /// <summary>1-based row of the first report row.</summary>
    public const int FirstDataRow = HeadingRow + 1;

    public const string CodeColumn = "A";
    public const string NameColumn = "B";
    public const string UnitColumn = "C";
    public const string PlanColumn = "D";
    public const string FactColumn = "E";
    public const string SpentColumn = "F";
    public const string StatusColumn = "G";
    public const string CommentColumn = "H";

    /// <summary>The column headings of the report table (row <see cref="HeadingRow"/>, columns A–H), Kazakh and Russian on two lines.</summary>
    public static IReadOnlyList<string> Headings(int year)
    {
        var y = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            "Код\nКод",
            "Атауы\nНаименование",
            "Өлшем бірлігі\nЕдиница измерения",
            $"Жоспар {y}\nПлан {y}",
            "Факт\nФакт",
            "Жұмсалды, млн теңге\nИзрасходовано, млн тенге",
            "Орындалу мәртебесі\nСтатус исполнения",
            "Түсініктеме\nКомментарий",
        ];
    }

    /// <summary>The execution statuses offered in the status column, Kazakh / Russian.</summary>
    public const string Executed = "Орындалды / Исполнено";

    public const string InProgress = "Орындалуда / В процессе";

    public const string NotExecuted = "Орындалмады / Не исполнено";

    public static IReadOnlyList<string> Statuses { get; } = [Executed, InProgress, NotExecuted];

    /// <summary>Identity keys, in the order they are written; then <see cref="RowKeyPrefix"/> + code → report sheet row number.</summary>
    public const string TemplateFormatKey = "templateFormat";
    public const string CatalogCodeKey = "catalogCode";
    public const string CatalogVersionKey = "catalogVersion";
    public const string CatalogSha256Key = "catalogSha256";
    public const string AgencyKey = "agency";
    public const string PeriodKey = "period";
    public const string GeneratedForKey = "generatedFor";
    public const string RowCountKey = "rowCount";

    /// <summary>Prefix of the identity keys that map a row code to its row number: <c>row:M-14</c> → 12.</summary>
    public const string RowKeyPrefix = "row:";
}
