using NewsBot.Core.Topics;
using NewsBot.Discord.Interactions;
using NewsBot.Presentation;

namespace NewsBot.Commands;

/// <summary>
/// The layout a command's reply takes, so it reads like the digests around it. In a server that installed NewsBot: the
/// layout of the topics the command concerns (the topic it names, the topics following the feed it tests), else of the
/// topics posting in this channel, when they agree; otherwise <c>Digests:Layout</c>. In DMs and in servers where only
/// the member installed NewsBot no server's topic applies: <c>Digests:Layout</c>.
/// </summary>
internal sealed class ReplyLayouts(ServerTopics topics, DigestRenderer renderer)
{
    /// <param name="concerned">The server's topics the command is about, if any.</param>
    public async Task<ReplyLook> ForAsync(InteractionContext context, IReadOnlyList<Topic> concerned, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(concerned);
        // A reply is the member's own: its fixed words follow their Discord language, whatever the topic's digests use.
        var own = renderer.In(context.Locale);
        if (context.ServerId is not { } server)
            return new ReplyLook(own, null);
        var applying = concerned.Count > 0
            ? concerned
            : [.. (await topics.InGuildAsync(server, cancellationToken)).Where(t => t.ChannelId == context.Interaction.ChannelId)];
        if (applying.Count == 0 || applying.Select(t => renderer.For(t).Layout).Distinct().Count() > 1)
            return new ReplyLook(own, null);
        var colors = applying.Select(t => t.AccentColor).Distinct().ToList();
        return new ReplyLook(renderer.For(applying[0]).In(context.Locale), colors.Count == 1 ? colors[0] : null);
    }
}
