using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// Forum tags (Modify Channel with available_tags, Manage Channels needed, at most 20, names 1–20 characters; applied_tags
/// of a new post at most 5, each an existing tag) and crossposting (announcement channels only, once per message, at most
/// <see cref="FakeForums.CrosspostLimit"/> per channel and period, beyond which 429 with retry_after).
/// </summary>
internal sealed class FakeForumEndpoints(FakeDiscordState state, FakeMessageEndpoints messages)
{
    public FakeReply ModifyChannel(FakeCall call)
    {
        var channelId = call.Parameters[0];
        if (!state.Channels.TryGetValue(channelId, out var kind))
            return FakeReply.Error(404, 10003, "Unknown Channel");
        if (!messages.BotMay(channelId, FakePermissions.ViewChannel))
            return FakeReply.Error(403, 50001, "Missing Access");
        if (!messages.BotMay(channelId, FakePermissions.ManageChannels))
            return FakeReply.Error(403, 50013, "Missing Permissions");
        if (call.Object["available_tags"] is not JsonArray wanted)
            return messages.GetChannel(call);
        if (kind != FakeChannelKind.Forum)
            return FakeReply.Error(400, 50024, "Cannot execute action on this channel type");
        var errors = new FormErrors();
        if (wanted.Count > FakeForums.MaxTags)
            errors.Add("available_tags", "BASE_TYPE_MAX_LENGTH", $"Must be {FakeForums.MaxTags} or fewer in length.");
        var existing = state.Forums.TagsOf(channelId);
        var tags = new List<FakeForumTag>();
        for (var i = 0; i < wanted.Count; i++)
        {
            var name = wanted[i]?["name"]?.GetValue<string>() ?? "";
            var id = wanted[i]?["id"]?.GetValue<string>();
            if (name.Length is < 1 or > FakeForums.MaxTagNameLength)
                errors.Add($"available_tags.{i}.name", "BASE_TYPE_BAD_LENGTH", $"Must be between 1 and {FakeForums.MaxTagNameLength} in length.");
            else if (id is not null && existing.All(t => t.Id != id))
                errors.Add($"available_tags.{i}.id", "UNKNOWN_TAG", "Unknown tag.");
            tags.Add(new FakeForumTag(id ?? state.NextId(), name));
        }
        if (errors.Any)
            return FakeReply.InvalidForm(errors.Root);
        state.Forums.Tags[channelId] = tags;
        return messages.GetChannel(call);
    }

    /// <summary>applied_tags of a new post: null when valid.</summary>
    public FakeReply? CheckAppliedTags(string forumId, JsonNode? applied)
    {
        if (applied is not JsonArray ids)
            return null;
        var errors = new FormErrors();
        if (ids.Count > FakeForums.MaxAppliedTags)
            errors.Add("applied_tags", "BASE_TYPE_MAX_LENGTH", $"Must be {FakeForums.MaxAppliedTags} or fewer in length.");
        var available = state.Forums.TagsOf(forumId);
        for (var i = 0; i < ids.Count; i++)
        {
            if (available.All(t => t.Id != ids[i]?.GetValue<string>()))
                errors.Add($"applied_tags.{i}", "UNKNOWN_TAG", "Unknown tag.");
        }
        return errors.Any ? FakeReply.InvalidForm(errors.Root) : null;
    }

    /// <summary>List Active Guild Threads: the forum posts not deleted (the fake archives none).</summary>
    public FakeReply ActiveThreads(FakeCall call)
    {
        if (call.Parameters[0] != state.GuildId)
            return FakeReply.Error(404, 10004, "Unknown Guild");
        var threads = state.Forums.Threads.Values
            .Where(t => state.Channels.ContainsKey(t.Id))
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .Select(t => (JsonNode)new JsonObject { ["id"] = t.Id, ["type"] = 11, ["guild_id"] = state.GuildId, ["parent_id"] = t.ForumId, ["name"] = t.Name });
        return FakeReply.Json(200, new JsonObject { ["threads"] = new JsonArray([.. threads]), ["members"] = new JsonArray() });
    }

    public FakeReply Crosspost(FakeCall call)
    {
        var (channelId, messageId) = (call.Parameters[0], call.Parameters[1]);
        if (!state.Channels.TryGetValue(channelId, out var kind))
            return FakeReply.Error(404, 10003, "Unknown Channel");
        if (!messages.BotMay(channelId, FakePermissions.ViewChannel))
            return FakeReply.Error(403, 50001, "Missing Access");
        if (kind != FakeChannelKind.Announcement)
            return FakeReply.Error(400, 50024, "Cannot execute action on this channel type");
        if (state.Messages.Find(channelId, messageId) is not { } message)
            return FakeReply.Error(404, 10008, "Unknown Message");
        var forums = state.Forums;
        lock (forums)
        {
            if (forums.Crossposts.Any(c => c.MessageId == messageId))
                return FakeReply.Error(400, 40033, "This message has already been crossposted.");
            var recent = forums.Crossposts.Where(c => c.ChannelId == channelId && c.At > call.Now - forums.CrosspostPeriod).Select(c => c.At).Order().ToList();
            if (recent.Count >= forums.CrosspostLimit)
            {
                forums.CrosspostsRateLimited++;
                var retryAfter = (recent[^forums.CrosspostLimit] + forums.CrosspostPeriod - call.Now).TotalSeconds;
                return FakeRateLimiter.TooMany(Math.Ceiling(retryAfter * 1000) / 1000, global: false, []);
            }
            forums.Crossposts.Enqueue((channelId, messageId, call.Now));
        }
        var json = message.ToJson();
        json["flags"] = (message.Body["flags"]?.GetValue<int>() ?? 0) | 1;
        return FakeReply.Json(200, json);
    }
}
