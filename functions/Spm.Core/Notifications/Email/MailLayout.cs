using System.Text;

namespace Spm.Core.Notifications.Email;

/// <summary>Puts language sections together: the plain-text body, and a small HTML document with every value escaped.</summary>
internal static class MailLayout
{
    private const string TextSeparator = "----------------------------------------";

    public static (string Text, string Html) Render(string subject, IReadOnlyList<MailSection> sections)
    {
        var text = new StringBuilder();
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Html.Escape(subject))
            .Append("</title>\n</head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222\">\n");
        for (var i = 0; i < sections.Count; i++)
        {
            if (i > 0)
            {
                text.Append(TextSeparator).Append("\n\n");
                html.Append("<hr>\n");
            }

            sections[i].RenderText(text);
            sections[i].RenderHtml(html);
        }

        html.Append("</body>\n</html>\n");
        return (text.ToString().TrimEnd() + "\n", html.ToString());
    }
}
