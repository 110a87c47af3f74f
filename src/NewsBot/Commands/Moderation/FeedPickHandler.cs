using System.Globalization;
using NewsBot.Discord.Interactions;
using NewsBot.Ingestion.Discovery;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// A moderator's pick in a feed select menu (a MESSAGE_COMPONENT interaction). The moderator check runs again, and the
/// pick counts only as an option number of a choice this server kept for this member: nothing else the client sends is used.
/// </summary>
internal abstract class FeedPickHandler(string action, FeedChoices choices, TextCatalog catalog) : ModeratorSubcommand("component " + action, catalog)
{
    protected override async Task HandleForModeratorAsync(InteractionContext context, ReplyTexts texts, CancellationToken cancellationToken)
    {
        var request = FeedRequest.From(context, texts);
        var token = context.CustomId is { } id && id.StartsWith(action + ":", StringComparison.Ordinal) ? id[(action.Length + 1)..] : "";
        var choice = choices.TryTake(token, request.GuildId, request.UserId);
        if (choice is null || choice.Action != action || context.SelectedValues is not [var value]
            || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= choice.Feeds.Count)
        {
            await context.RespondAsync(texts.Get("feed.choiceExpired"), cancellationToken);
            return;
        }
        await PickedAsync(context, request, choice, choice.Feeds[index], cancellationToken);
    }

    protected abstract Task PickedAsync(InteractionContext context, FeedRequest request, FeedChoice choice, DiscoveredFeed feed, CancellationToken cancellationToken);
}
