namespace Spm.Core.Notifications.Email;

/// <summary>One language's part of an email, as blocks that render to both plain text and escaped HTML.</summary>
internal sealed class MailSection(string language)
{
    private readonly List<Block> blocks = [];

    public string Language { get; } = language;

    public MailSection Paragraph(string text)
    {
        blocks.Add(new ParagraphBlock(text));
        return this;
    }

    public MailSection Fields(params IEnumerable<(string Label, string Value)> fields)
    {
        var list = fields.Where(f => f.Value.Length > 0).ToList();
        if (list.Count > 0)
        {
            blocks.Add(new FieldsBlock(list));
        }

        return this;
    }

    /// <summary>A titled list; nothing when there are no items.</summary>
    public MailSection List(string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            blocks.Add(new ListBlock(title, list));
        }

        return this;
    }

    public void RenderText(System.Text.StringBuilder text)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    text.Append(p.Text).Append('\n');
                    break;
                case FieldsBlock f:
                    foreach (var (label, value) in f.Fields)
                    {
                        text.Append(label).Append(": ").Append(value).Append('\n');
                    }

                    break;
                case ListBlock l:
                    text.Append(l.Title).Append('\n');
                    foreach (var item in l.Items)
                    {
                        text.Append("  - ").Append(item).Append('\n');
                    }

                    break;
            }

            text.Append('\n');
        }
    }

    public void RenderHtml(System.Text.StringBuilder html)
    {
        html.Append("<div lang=\"").Append(Html.Escape(Language)).Append("\">\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    html.Append("<p>").Append(Html.Escape(p.Text)).Append("</p>\n");
                    break;
                case FieldsBlock f:
                    html.Append("<table role=\"presentation\" cellpadding=\"2\" cellspacing=\"0\">\n");
                    foreach (var (label, value) in f.Fields)
                    {
                        html.Append("<tr><td style=\"color:#555;padding-right:12px\">").Append(Html.Escape(label))
                            .Append("</td><td>").Append(Html.Escape(value)).Append("</td></tr>\n");
                    }

                    html.Append("</table>\n");
                    break;
                case ListBlock l:
                    html.Append("<p><strong>").Append(Html.Escape(l.Title)).Append("</strong></p>\n<ul>\n");
                    foreach (var item in l.Items)
                    {
                        html.Append("<li>").Append(Html.Escape(item)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                    break;
            }
        }

        html.Append("</div>\n");
    }

    private abstract record Block;

    private sealed record ParagraphBlock(string Text) : Block;

    private sealed record FieldsBlock(IReadOnlyList<(string Label, string Value)> Fields) : Block;

    private sealed record ListBlock(string Title, IReadOnlyList<string> Items) : Block;
}
