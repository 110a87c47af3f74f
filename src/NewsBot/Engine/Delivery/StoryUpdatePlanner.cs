using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Discord.Models;
using NewsBot.Engine.Digests;
using NewsBot.Engine.Stories;
using NewsBot.Presentation;

namespace NewsBot.Engine.Delivery;

/// <summary>
/// Decides what later coverage of delivered stories does: an edit of the message that carried the story (all of that
/// message's stories rendered again, one edit per message), or, when the message cannot be edited (refused before, older
/// than Stories:EditWithinHours, or grown past the limits), one "More on earlier stories" line in this digest.
/// </summary>
public sealed class StoryUpdatePlanner(IStoryMemory memory, IOutbox outbox, DigestRenderer renderer, IOptions<StoryMemoryOptions> options, TimeProvider time)
{
    public static string EditKey(string digestKey, long digestId, int sequence) => $"story-edit:{digestId}:{sequence}:{digestKey}";

    public async Task<StoryUpdatePlan> PlanAsync(
        Topic topic, string digestKey, IReadOnlyList<StoryUpdate> updates, IReadOnlyList<RememberedStory> earlier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(updates);
        ArgumentNullException.ThrowIfNull(earlier);
        var editBefore = time.GetUtcNow() - TimeSpan.FromHours(options.Value.EditWithinHours);
        var revisions = new Dictionary<long, StoryRevision>();
        var mentions = new List<(long Id, StoryState State)>();
        var toEdit = new List<StoryUpdate>();
        foreach (var update in updates)
        {
            var story = update.Earlier;
            revisions[story.Id] = new StoryRevision(story.Id, update.Revised.Write(), story.Editable, MentionPending: false);
            if (update.Visible && story.Editable && story.DeliveredAt >= editBefore)
                toEdit.Add(update);
            else if (update.Visible || story.MentionPending)
                mentions.Add((story.Id, update.Revised));
        }
        // Coverage whose edit Discord refused after the last digest was composed.
        foreach (var story in earlier.Where(s => s.MentionPending && !revisions.ContainsKey(s.Id)))
        {
            if (StoryState.TryRead(story.State) is not { } state)
                continue;
            revisions[story.Id] = new StoryRevision(story.Id, story.State, story.Editable, MentionPending: false);
            mentions.Add((story.Id, state));
        }

        var edits = new List<QueuedEdit>();
        foreach (var message in toEdit.GroupBy(u => (u.Earlier.DigestId, u.Earlier.Sequence)))
        {
            var edit = await EditAsync(topic, digestKey, message.Key, [.. message], cancellationToken);
            if (edit is not null)
                edits.Add(edit);
            else
                mentions.AddRange(message.Select(u => (u.Earlier.Id, u.Revised)));
        }
        var lines = mentions.OrderBy(m => m.Id).Select(m => StoryBuilder.FromState(m.State)).ToList();
        return new StoryUpdatePlan([.. revisions.Values.OrderBy(r => r.StoryId)], edits, lines);
    }

    /// <summary>The message's stories as they stand now; null when one cannot be read or they no longer fit.</summary>
    private async Task<QueuedEdit?> EditAsync(
        Topic topic, string digestKey, (long DigestId, int Sequence) message, List<StoryUpdate> updates, CancellationToken cancellationToken)
    {
        var revised = updates.ToDictionary(u => u.Earlier.Id, u => u.Revised);
        var siblings = await memory.InMessageAsync(message.DigestId, message.Sequence, cancellationToken);
        var states = siblings.Select(s => revised.GetValueOrDefault(s.Id) ?? StoryState.TryRead(s.State)).ToList();
        // The edit keeps the layout the message was sent in (and a components message's header), whatever Digests:Layout says now.
        var sent = await SentAsync(message.DigestId, message.Sequence, cancellationToken);
        var payload = states.Any(s => s is null) || sent is null
            ? null
            : renderer.RenderEdit([.. states.Select(s => StoryBuilder.FromState(s!))], sent, topic.AccentColor);
        if (payload is null)
            return null;
        var key = EditKey(digestKey, message.DigestId, message.Sequence);
        var target = new EditTarget(message.DigestId, message.Sequence, [.. updates.Select(u => u.Earlier.Id)]);
        return new QueuedEdit(key, QueuedMessage.QueueEdit(topic.ChannelId, key, target, payload));
    }

    /// <summary>The message as it was queued; null when the outbox no longer has it (then it is not edited, only mentioned).</summary>
    private async Task<MessagePayload?> SentAsync(long digestId, int sequence, CancellationToken cancellationToken)
    {
        var queued = (await outbox.DigestMessagesAsync(digestId, cancellationToken)).FirstOrDefault(m => m.Sequence == sequence);
        try
        {
            return queued is null ? null : QueuedMessage.Read(queued.Message.Payload).Message;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
