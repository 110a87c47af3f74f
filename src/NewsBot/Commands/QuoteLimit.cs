using NewsBot.Discord.Interactions;
using NewsBot.Localization;

namespace NewsBot.Commands;

/// <summary>
/// The per-member budget of requests that may fetch a page (/quotes and "Key quotes" share it), keyed on the member's
/// user id, which Discord sends in servers and in DMs alike.
/// </summary>
internal static class QuoteLimit
{
    /// <summary>Answers privately and returns true when the member has used up the minute's budget.</summary>
    public static async Task<bool> RefuseAsync(UserRateLimiter limiter, InteractionContext context, ReplyTexts texts, CancellationToken cancellationToken)
    {
        if (limiter.TryAcquire(context.UserId ?? "", out var retryAt))
            return false;
        await context.RespondAsync(Replies.Ephemeral(texts.Get("quotes.rateLimited", ("retry", Replies.Relative(retryAt)))), cancellationToken);
        return true;
    }
}
