using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Engine.Digests;
using NewsBot.Engine.Stories;
using NewsBot.Presentation;

namespace NewsBot.Engine.Delivery;

/// <summary>
/// What later coverage does in a forum topic: each story lives in a post of its own, so coverage a reader would notice
/// (a new outlet, a quote from a new voice) becomes a new message in that post, never a new post. A reply rather than an
/// edit of the first message because a reply bumps the post to the top of the forum and notifies those who follow it, and
/// reads as what it is: more coverage arriving later. The post stays open for the story's whole memory
/// (Stories:MemoryHours); the edit window of digest messages does not apply.
/// </summary>
public sealed class ForumUpdatePlanner(DigestRenderer renderer)
{
    public static string AppendKey(string digestKey, long storyId) => $"story-append:{storyId}:{digestKey}";

    public StoryUpdatePlan Plan(Topic topic, string digestKey, IReadOnlyList<StoryUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(updates);
        var revisions = updates
            .Select(u => new StoryRevision(u.Earlier.Id, u.Revised.Write(), u.Earlier.Editable, MentionPending: false))
            .OrderBy(r => r.StoryId)
            .ToList();
        var appends = updates.Where(u => u.Visible).Select(u => Append(topic, digestKey, u)).ToList();
        return new StoryUpdatePlan(revisions, appends, []);
    }

    private QueuedEdit Append(Topic topic, string digestKey, StoryUpdate update)
    {
        var before = StoryState.TryRead(update.Earlier.State);
        var revised = update.Revised;
        var newOutlets = revised.AlsoIn.Except(before?.AlsoIn ?? [], StringComparer.OrdinalIgnoreCase).ToList();
        // Coverage adds quotes after the ones shown, so what is new is the tail.
        var added = revised with { Quotes = [.. revised.Quotes.Skip(before?.Quotes.Count ?? 0)], KeySentences = [] };
        var own = renderer.For(topic);
        var message = own.RenderFollowUp(StoryBuilder.FromState(added), newOutlets, topic.AccentColor);
        var newPost = own.RenderPost(StoryBuilder.FromState(revised), topic.AccentColor);
        var key = AppendKey(digestKey, update.Earlier.Id);
        var target = new AppendTarget(update.Earlier.DigestId, update.Earlier.Sequence, [update.Earlier.Id], update.Earlier.ThreadId);
        return new QueuedEdit(key, QueuedMessage.QueueAppend(topic.ChannelId, key, target, message, newPost, revised.Title, topic.Tags, own.Texts.Get("continuedFrom")));
    }
}
