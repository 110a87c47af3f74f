using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Presentation;

namespace NewsBot.Commands;

/// <summary>
/// /quotes url: an article's key quotes for the channel. Bad input and the rate limit are answered at once, privately;
/// otherwise the reply is deferred privately, so a failed fetch stays between the bot and the member, and the quotes
/// are posted for everyone as a followup.
/// </summary>
internal sealed class QuotesCommand(ArticleQuoter quoter, UserRateLimiter limiter) : IDiscordCommand
{
    private const int MaxEchoLength = 200;

    public ApplicationCommand Definition { get; } = new()
    {
        Name = "quotes",
        Description = "Show the key quotes of a news article",
        Options =
        [
            new() { Type = ApplicationCommandOptionType.String, Name = "url", Description = "The article's web address (http or https)", Required = true },
        ],
    };

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var typed = context.GetString("url")?.Trim() ?? "";
        if (!TryParseWebAddress(typed, out var address))
        {
            await context.RespondAsync(Replies.Ephemeral($"“{DisplayText.Markdown(typed, MaxEchoLength)}” is not a web address; give an http(s) link."), cancellationToken);
            return;
        }
        if (!limiter.TryAcquire(context.UserId ?? "", out var retryAt))
        {
            await context.RespondAsync(Replies.Ephemeral($"That is a lot of quotes in a minute; try again {Replies.Relative(retryAt)}."), cancellationToken);
            return;
        }
        await context.DeferAsync(ephemeral: true, cancellationToken);
        var quoted = await quoter.QuoteAsync(address, cancellationToken);
        if (quoted.Error is { } error)
        {
            await context.RespondAsync(error, cancellationToken);
            return;
        }
        // The private "thinking…" message must be completed first: a followup sent while it is pending would replace it, privately.
        await context.RespondAsync("Here are the key quotes, posted for everyone.", cancellationToken);
        await context.RespondAsync(Replies.Public(QuotesEmbed.Build(quoted)), cancellationToken);
    }

    internal static bool TryParseWebAddress(string text, out Uri address) =>
        Uri.TryCreate(text, UriKind.Absolute, out address!)
        && address.Scheme is ("http" or "https")
        && address.Host.Length > 0;
}
