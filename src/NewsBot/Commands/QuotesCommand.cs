using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Localization;
using NewsBot.Presentation;

namespace NewsBot.Commands;

/// <summary>
/// /quotes url: an article's key quotes for the channel. Bad input and the rate limit are answered at once, privately;
/// otherwise the reply is deferred privately, so a failed fetch stays between the bot and the member, and the quotes
/// are posted for everyone as a followup. Members may install it to their own account and use it in DMs and in
/// servers without NewsBot: it reads only the page it is given.
/// </summary>
internal sealed class QuotesCommand(ArticleQuoter quoter, UserRateLimiter limiter, ReplyLayouts layouts, TextCatalog catalog) : IDiscordCommand
{
    private const int MaxEchoLength = 200;

    public ApplicationCommand Definition { get; } = new()
    {
        Name = "quotes",
        Description = "Show the key quotes of a news article",
        Contexts = CommandScope.Anywhere,
        IntegrationTypes = CommandScope.ServerOrUser,
        Options =
        [
            new() { Type = ApplicationCommandOptionType.String, Name = "url", Description = "The article's web address (http or https)", Required = true },
        ],
    };

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var texts = catalog.For(context.Locale);
        var typed = context.GetString("url")?.Trim() ?? "";
        if (!TryParseWebAddress(typed, out var address))
        {
            await context.RespondAsync(Replies.Ephemeral(texts.Get("quotes.notAddress", ("typed", DisplayText.Markdown(typed, MaxEchoLength)))), cancellationToken);
            return;
        }
        if (await QuoteLimit.RefuseAsync(limiter, context, texts, cancellationToken))
            return;
        await context.DeferAsync(ephemeral: true, cancellationToken);
        var quoted = await quoter.QuoteAsync(address, texts, cancellationToken);
        if (quoted.Error is { } error)
        {
            await context.RespondAsync(error, cancellationToken);
            return;
        }
        // The private "thinking…" message must be completed first: a followup sent while it is pending would replace it, privately.
        await context.RespondAsync(texts.Get("quotes.posted"), cancellationToken);
        var look = await layouts.ForAsync(context, [], cancellationToken);
        await context.RespondAsync(look.Renderer.RenderStory(quoted.Story!, look.AccentColor), cancellationToken);
    }

    internal static bool TryParseWebAddress(string text, out Uri address) =>
        Uri.TryCreate(text, UriKind.Absolute, out address!)
        && address.Scheme is ("http" or "https")
        && address.Host.Length > 0;
}
