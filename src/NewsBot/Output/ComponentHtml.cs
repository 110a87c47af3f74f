using System.Globalization;
using System.Net;
using System.Text;
using NewsBot.Discord.Models;
using NewsBot.Discord.Models.Components;

namespace NewsBot.Output;

/// <summary>
/// A mock-up of how Discord's dark theme shows Components V2 messages, as one HTML page: containers with their colour
/// bar, sections with their thumbnail (a placeholder: the preview reaches no network), text displays through
/// <see cref="MarkdownHtml"/>, link buttons and separators. For the README's picture, not a faithful client.
/// </summary>
internal static class ComponentHtml
{
    public static string Page(IReadOnlyList<MessagePayload> messages, DateTimeOffset now)
    {
        var html = new StringBuilder(Head);
        html.Append("<div class=\"msg\"><div class=\"avatar\">N</div><div class=\"body\"><div class=\"who\">NewsBot <span class=\"app\">APP</span> <span class=\"when\">Today at ")
            .Append(now.ToString("HH:mm", CultureInfo.InvariantCulture)).Append("</span></div>");
        foreach (var message in messages)
        {
            html.Append("<div class=\"one\">");
            foreach (var component in message.Components ?? [])
                Append(html, component, now);
            html.Append("</div>");
        }
        return html.Append("</div></div></body></html>").ToString();
    }

    private static void Append(StringBuilder html, Component component, DateTimeOffset now)
    {
        switch (component)
        {
            case Container container:
                var color = container.AccentColor is { } rgb ? "#" + rgb.ToString("x6", CultureInfo.InvariantCulture) : "#4e5058";
                html.Append("<div class=\"container\" style=\"border-left-color:").Append(color).Append("\">");
                foreach (var child in container.Components)
                    Append(html, child, now);
                html.Append("</div>");
                break;
            case Section section:
                html.Append("<div class=\"section\"><div class=\"texts\">");
                foreach (var text in section.Components)
                    Append(html, text, now);
                html.Append("</div>");
                if (section.Accessory is Thumbnail thumbnail)
                    html.Append("<div class=\"thumb\" title=\"").Append(WebUtility.HtmlEncode(thumbnail.Media.Url)).Append("\">image</div>");
                html.Append("</div>");
                break;
            case TextDisplay text:
                html.Append("<div class=\"text\">").Append(MarkdownHtml.Render(text.Content, now)).Append("</div>");
                break;
            case ActionRow row:
                html.Append("<div class=\"row\">");
                foreach (var button in row.Components.OfType<Button>())
                {
                    html.Append("<a class=\"button\" href=\"").Append(WebUtility.HtmlEncode(button.Url ?? "")).Append("\">")
                        .Append(WebUtility.HtmlEncode(button.Label ?? "")).Append(" <span class=\"ext\">↗</span></a>");
                }
                html.Append("</div>");
                break;
            case Separator separator:
                html.Append(separator.Divider == false ? "<div class=\"gap\"></div>" : "<hr>");
                break;
        }
    }

    private const string Head = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>NewsBot digest preview</title>
        <style>
        body { margin: 0; padding: 16px 16px 24px; background: #313338; color: #dbdee1; font: 15px/1.375 "gg sans", "Noto Sans", "Helvetica Neue", Arial, sans-serif; width: 760px; }
        .msg { display: flex; gap: 16px; }
        .avatar { flex: none; width: 40px; height: 40px; border-radius: 50%; background: #1f8b4c; color: #fff; font-weight: 700; display: flex; align-items: center; justify-content: center; }
        .body { flex: 1; min-width: 0; }
        .who { color: #f2f3f5; font-weight: 600; margin-bottom: 4px; }
        .app { background: #5865f2; color: #fff; font-size: 10px; border-radius: 3px; padding: 1px 4px; vertical-align: 2px; }
        .when { color: #949ba4; font-size: 12px; font-weight: 400; margin-left: 4px; }
        .one { margin-bottom: 8px; }
        .container { background: #2b2d31; border: 1px solid #3f4147; border-left: 4px solid; border-radius: 8px; padding: 12px 16px; margin: 4px 0; }
        .section { display: flex; gap: 12px; justify-content: space-between; }
        .texts { min-width: 0; }
        .thumb { flex: none; width: 85px; height: 85px; border-radius: 8px; background: linear-gradient(135deg, #4e6a8a, #8fb3a3); display: flex; align-items: center; justify-content: center; font-size: 12px; color: #e8eef2; text-transform: uppercase; letter-spacing: 1px; }
        .text { margin: 2px 0 6px; white-space: normal; overflow-wrap: anywhere; }
        .text h3 { margin: 0 0 2px; font-size: 20px; line-height: 1.25; color: #f2f3f5; }
        .text small { display: block; color: #949ba4; font-size: 13px; }
        .text blockquote { margin: 2px 0; padding-left: 12px; border-left: 4px solid #4e5058; }
        .text a, .text h3 a { color: #00a8fc; text-decoration: none; }
        .mention { background: #4a4d55; border-radius: 3px; padding: 0 2px; }
        .row { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
        .button { background: #4e5058; color: #fff; border-radius: 8px; padding: 2px 16px; height: 32px; display: inline-flex; align-items: center; font-size: 14px; font-weight: 500; text-decoration: none; }
        .ext { margin-left: 6px; font-size: 12px; }
        hr { border: 0; border-top: 1px solid #3f4147; margin: 8px 0; }
        .gap { height: 8px; }
        </style></head><body>
        """;
}
