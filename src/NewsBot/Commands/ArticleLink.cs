using System.Text.RegularExpressions;
using NewsBot.Discord.Models;

namespace NewsBot.Commands;

/// <summary>
/// The first http(s) link of a message: in its text (bare, &lt;suppressed&gt; or a markdown link's target), else in an
/// embed's url (a link the message's preview shows).
/// </summary>
internal static partial class ArticleLink
{
    // Markdown and sentence punctuation that ends a link in chat text without belonging to it.
    private const string TrailingPunctuation = ".,;:!?'\"*_~|`>]}";

    public static Uri? FirstIn(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (Match match in Link().Matches(message.Content ?? ""))
        {
            if (WebAddress(Trim(match.Value)) is { } address)
                return address;
        }
        return (message.Embeds ?? []).Select(e => e.Url is null ? null : WebAddress(e.Url)).FirstOrDefault(a => a is not null);
    }

    private static string Trim(string link)
    {
        while (link.Length > 0)
        {
            var last = link[^1];
            // A closing parenthesis belongs to the link only when the link opened one (wiki-style addresses).
            if (TrailingPunctuation.Contains(last, StringComparison.Ordinal) || (last == ')' && !link.Contains('(', StringComparison.Ordinal)))
                link = link[..^1];
            else
                break;
        }
        return link;
    }

    private static Uri? WebAddress(string text) => QuotesCommand.TryParseWebAddress(text, out var address) ? address : null;

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();
}
