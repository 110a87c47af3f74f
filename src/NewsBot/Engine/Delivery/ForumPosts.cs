using NewsBot.Core.Storage;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Presentation;

namespace NewsBot.Engine.Delivery;

/// <summary>
/// Forum posts: starts a post (thread) with its tags, and appends a story's later coverage to the post the story lives in.
/// An append is a message in that thread with its nonce, so a resend after a crash is answered with the earlier message.
/// Sending unarchives an archived post; a post deleted (10003) or locked (160005: unlocking needs Manage Threads, which
/// NewsBot does not ask for) is replaced by a new post carrying the whole story, a locked one linked from its first line,
/// and the story moves there for its later coverage.
/// </summary>
/// <remarks>
/// A forum post takes no nonce, so a crash between Discord starting the post and its receipt being recorded would start it
/// twice. A post is therefore marked as being started (one counted attempt) before the request; a message that was
/// attempted before first looks for its post among the guild's active threads (same forum, same title) and takes it.
/// </remarks>
internal sealed class ForumPosts(IOutbox outbox, ChannelsApi channels, GuildsApi guilds, ForumTags tags, TimeProvider time, IStoryMemory? stories)
{
    /// <summary>Discord's "Unknown Channel": the post was deleted.</summary>
    private const int UnknownChannel = 10003;

    /// <summary>Discord's "Thread is locked".</summary>
    private const int ThreadLocked = 160005;

    /// <param name="message">The outbox message starting the post, so an interrupted start is found again instead of repeated.</param>
    public async Task<SendOutcome> StartAsync(
        string forumId, string? name, MessagePayload payload, IReadOnlyList<string>? tagNames, OutboxMessage? message, CancellationToken cancellationToken)
    {
        var title = QuoteShortener.Shorten(name?.Trim() is { Length: > 0 } trimmed ? trimmed : "Digest", DigestWording.MaxThreadNameLength);
        if (message is { Attempts: > 0 } && await EarlierPostAsync(forumId, title, cancellationToken) is { } earlier)
            return SendOutcome.Posted(earlier, earlier);
        if (message is { Attempts: 0 })
            await outbox.MarkAttemptFailedAsync(message.Id, "starting a forum post", time.GetUtcNow(), cancellationToken);
        // A forum post's first message takes no nonce; the thread is created once because its success is recorded at once.
        var thread = new ForumThreadPayload
        {
            Name = title,
            Message = payload with { Nonce = null, EnforceNonce = null },
            AppliedTags = await tags.ResolveAsync(forumId, tagNames, cancellationToken),
        };
        var result = await channels.CreateForumThreadAsync(forumId, thread, cancellationToken);
        if (!result.IsSuccess)
            return SendOutcome.Failed(result.Error!);
        var channel = result.Value!;
        // The starter message of a forum thread has the thread's id.
        return SendOutcome.Posted(channel.Message?.Id ?? channel.Id, channel.Id);
    }

    public async Task<SendOutcome> AppendAsync(
        string forumId, QueuedMessage queued, AppendTarget append, OutboxMessage message, CancellationToken cancellationToken)
    {
        var thread = append.ThreadId ?? await ThreadOfAsync(append, cancellationToken);
        var post = queued.NewPost ?? queued.Message;
        if (thread is not null)
        {
            var result = await channels.CreateMessageAsync(thread, queued.Message with { Nonce = queued.Nonce, EnforceNonce = true }, cancellationToken);
            if (result.IsSuccess)
                return SendOutcome.Posted(result.Value!.Id, thread);
            if (result.Error!.Code is not (UnknownChannel or ThreadLocked))
                return SendOutcome.Failed(result.Error);
            if (result.Error.Code == ThreadLocked)
                post = ForumPostMessages.WithLine(post, (queued.ContinuedFrom ?? DigestTexts.English.Get("continuedFrom")).Replace("{thread}", $"<#{thread}>", StringComparison.Ordinal));
        }
        var started = await StartAsync(forumId, queued.ThreadName, post, queued.TagNames, message, cancellationToken);
        if (started.Receipt is { } receipt && stories is not null)
            await stories.MoveToThreadAsync(append.StoryIds, receipt.ChannelId, cancellationToken);
        return started;
    }

    /// <summary>The thread id of an active post of this forum with this title; null when there is none or Discord cannot say.</summary>
    private async Task<string?> EarlierPostAsync(string forumId, string title, CancellationToken cancellationToken)
    {
        if ((await channels.GetChannelAsync(forumId, cancellationToken)).Value?.GuildId is not { } guildId)
            return null;
        var active = await guilds.ListActiveThreadsAsync(guildId, cancellationToken);
        return active.Value?.Threads.FirstOrDefault(t => t.ParentId == forumId && string.Equals(t.Name, title, StringComparison.Ordinal))?.Id;
    }

    /// <summary>The thread the story's post started, from that message's receipt; null when it never landed.</summary>
    private async Task<string?> ThreadOfAsync(AppendTarget append, CancellationToken cancellationToken)
    {
        var messages = await outbox.DigestMessagesAsync(append.DigestId, cancellationToken);
        return DeliveryReceipt.TryRead(messages.FirstOrDefault(m => m.Sequence == append.Sequence)?.Receipt)?.ChannelId;
    }
}
