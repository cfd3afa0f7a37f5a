using System.ComponentModel.DataAnnotations;

namespace Spm.Core.Notifications;

/// <summary>What emails point to and how deliveries are retried (section <c>Notifications</c>).</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>Where a unit finds its template; <c>{unit}</c> and <c>{period}</c> are replaced (a link, or a path in storage).</summary>
    [Required]
    public string TemplateLocation { get; set; } = "templates/{unit}/{unit}-{period}.xlsx";

    /// <summary>Where a unit uploads its report; <c>{unit}</c> is replaced.</summary>
    [Required]
    public string UploadLocation { get; set; } = "drop/{unit}/";

    /// <summary>Where a feedback workbook is; <c>{path}</c> is the submission's feedback path.</summary>
    [Required]
    public string FeedbackLocation { get; set; } = "feedback/{path}";

    /// <summary>Findings quoted in a receipt (the feedback workbook has them all).</summary>
    [Range(1, 100)]
    public int ReceiptFindings { get; set; } = 10;

    /// <summary>Claims of one notification at most: a refusal that may pass later (throttled, provider down) is retried by the next runs until this many.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>A claim not settled after this many minutes is in doubt: the process may have died between claim and send.</summary>
    [Range(1, 1440)]
    public int InDoubtAfterMinutes { get; set; } = 10;

    public string Template(string unit, string period) =>
        TemplateLocation.Replace("{unit}", unit, StringComparison.Ordinal).Replace("{period}", period, StringComparison.Ordinal);

    public string Upload(string unit) => UploadLocation.Replace("{unit}", unit, StringComparison.Ordinal);

    public string Feedback(string path) => FeedbackLocation.Replace("{path}", path, StringComparison.Ordinal);
}
