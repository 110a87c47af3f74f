using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Localization;

namespace NewsBot.Commands;

/// <summary>
/// "Key quotes", a message's context-menu command: the key quotes of the first article linked in the message, read as
/// /quotes reads one (storage first, else the guarded fetcher). The answer is only for the member who asked: they
/// picked someone else's message, often in a conversation NewsBot is a guest in (a DM, a server without NewsBot), and
/// the link is already there for everyone; a public card each time someone looks would repeat it.
/// </summary>
internal sealed class KeyQuotesCommand(ArticleQuoter quoter, UserRateLimiter limiter, ReplyLayouts layouts, TextCatalog catalog) : IDiscordCommand
{
    public const string CommandName = "Key quotes";

    public ApplicationCommand Definition { get; } = new()
    {
        Type = ApplicationCommandType.Message,
        Name = CommandName,
        Description = "",
        Contexts = CommandScope.Anywhere,
        IntegrationTypes = CommandScope.ServerOrUser,
    };

    public bool Ephemeral => true;

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var texts = catalog.For(context.Locale);
        if (context.TargetMessage is not { } message || ArticleLink.FirstIn(message) is not { } address)
        {
            await context.RespondAsync(texts.Get("keyQuotes.noLink"), cancellationToken);
            return;
        }
        if (await QuoteLimit.RefuseAsync(limiter, context, texts, cancellationToken))
            return;
        // Fetching and reading a page can take longer than Discord's three seconds.
        await context.DeferAsync(cancellationToken);
        var quoted = await quoter.QuoteAsync(address, texts, cancellationToken);
        if (quoted.Error is { } error)
        {
            await context.RespondAsync(error, cancellationToken);
            return;
        }
        // In the components layout this edit of the deferred reply carries IS_COMPONENTS_V2; the defer could not.
        var look = await layouts.ForAsync(context, [], cancellationToken);
        await context.RespondAsync(look.Renderer.RenderStory(quoted.Story!, look.AccentColor), cancellationToken);
    }
}
