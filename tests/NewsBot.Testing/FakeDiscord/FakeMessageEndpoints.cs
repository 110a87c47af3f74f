using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>Channel messages, forum threads and webhooks, with Discord's error codes.</summary>
internal sealed class FakeMessageEndpoints(FakeDiscordState state, FakeDiscordOptions options)
{
    private FakeForumEndpoints? _forums;
    private const int CreateMessageFlags = FakeDiscordRules.CreateMessageFlags;

    /// <summary>An edit may only suppress embeds or switch to components V2.</summary>
    private const int EditMessageFlags = 4 | 32768;

    public FakeReply GetChannel(FakeCall call)
    {
        var channelId = call.Parameters[0];
        if (!state.Channels.TryGetValue(channelId, out var kind))
            return FakeReply.Error(404, 10003, "Unknown Channel");
        if (kind == FakeChannelKind.NoAccess || !BotMay(channelId, FakePermissions.ViewChannel))
            return MissingAccess();
        var type = kind switch
        {
            FakeChannelKind.Forum => 15,
            FakeChannelKind.LockedThread => 11,
            FakeChannelKind.Announcement => 5,
            FakeChannelKind.Voice => 2,
            FakeChannelKind.Category => 4,
            _ => 0,
        };
        var overwrites = FakeChannelPermissions.Overwrites(state, channelId).Select(o => (JsonNode)o.ToJson());
        var channel = new JsonObject
        {
            ["id"] = channelId,
            ["type"] = type,
            ["guild_id"] = state.GuildId,
            ["name"] = "channel-" + channelId,
            ["permission_overwrites"] = new JsonArray([.. overwrites]),
        };
        if (kind == FakeChannelKind.Forum)
            channel["available_tags"] = new JsonArray([.. state.Forums.TagsOf(channelId).Select(t => (JsonNode)new JsonObject { ["id"] = t.Id, ["name"] = t.Name, ["moderated"] = false })]);
        return FakeReply.Json(200, channel);
    }

    public FakeReply CreateMessage(FakeCall call)
    {
        var channelId = call.Parameters[0];
        if (ChannelError(channelId) is { } error)
            return error;
        if (state.Channels[channelId] == FakeChannelKind.Forum)
            return FakeReply.Error(400, 40058, "Cannot send messages in a forum channel");
        var body = call.Object;
        var errors = new FormErrors();
        FakeMessageRules.Check(errors, body, CreateMessageFlags);
        FakeMessageRules.CheckNonce(errors, body);
        if (errors.Any)
            return FakeReply.InvalidForm(errors.Root);
        if (FakeMessageRules.IsEmpty(body))
            return FakeReply.Error(400, 50006, "Cannot send an empty message");
        lock (state.Gate)
            return FakeReply.Json(200, StoreOnce(channelId, body, call.Now).ToJson());
    }

    /// <summary>
    /// Checked like a create (limits, allowed_mentions, flags an edit may set); the fields sent replace the message's, the
    /// others stay, and mentions are computed again from the edited content. A message that is not there (deleted, or in
    /// another channel) answers 404 Unknown Message.
    /// </summary>
    public FakeReply EditMessage(FakeCall call)
    {
        var (channelId, messageId) = (call.Parameters[0], call.Parameters[1]);
        if (ChannelError(channelId) is { } error)
            return error;
        if (Invalid(call.Object, EditMessageFlags) is { } invalid)
            return invalid;
        lock (state.Gate)
        {
            if (state.Messages.Find(channelId, messageId) is not { } existing)
                return FakeReply.Error(404, 10008, "Unknown Message");
            var body = (JsonObject)existing.Body.DeepClone();
            // allowed_mentions belongs to the request, not the message: an edit without it parses mentions by default.
            body.Remove("allowed_mentions");
            foreach (var (name, value) in call.Object)
                body[name] = value?.DeepClone();
            if (FakeComponentRules.IsV2(existing.Body) && !FakeComponentRules.IsV2(body))
                return FakeReply.InvalidForm(FakeEditRules.FlagRemoved());
            if (FakeEditRules.Invalid(body) is { } merged)
                return merged;
            if (FakeMessageRules.IsEmpty(body))
                return FakeReply.Error(400, 50006, "Cannot send an empty message");
            var (everyone, users, roles) = FakeMentions.Compute(body, usersOnlyByDefault: false);
            var edited = existing with { Body = body, MentionEveryone = everyone, MentionedUsers = users, MentionedRoles = roles, EditedAt = call.Now };
            state.Messages.TryReplace(edited);
            return FakeReply.Json(200, edited.ToJson());
        }
    }

    public FakeReply DeleteMessage(FakeCall call) =>
        ChannelError(call.Parameters[0]) ?? (state.Messages.Find(call.Parameters[0], call.Parameters[1]) is not null && state.Messages.Delete(call.Parameters[1])
            ? FakeReply.NoContent()
            : FakeReply.Error(404, 10008, "Unknown Message"));

    /// <summary>Forum tags and crossposts, which share this class's channel checks.</summary>
    public FakeForumEndpoints Forums => _forums ??= new FakeForumEndpoints(state, this);

    public FakeReply CreateForumThread(FakeCall call)
    {
        var channelId = call.Parameters[0];
        if (ChannelError(channelId) is { } error)
            return error;
        var body = call.Object;
        var errors = new FormErrors();
        var name = body["name"]?.GetValue<string>() ?? "";
        if (name.Length is < 1 or > 100)
            errors.Add("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        if (body["auto_archive_duration"] is JsonValue archive && archive.GetValue<int>() is not (60 or 1440 or 4320 or 10080))
            errors.Add("auto_archive_duration", "BASE_TYPE_CHOICES", "Value must be one of {60, 1440, 4320, 10080}.");
        if (body["message"] is not JsonObject message)
            return FakeReply.InvalidForm(errors.Root);
        FakeMessageRules.Check(errors, message, CreateMessageFlags, "message.");
        if (errors.Any)
            return FakeReply.InvalidForm(errors.Root);
        if (state.Channels[channelId] != FakeChannelKind.Forum)
            return FakeReply.Error(400, 50024, "Cannot execute action on this channel type");
        if (Forums.CheckAppliedTags(channelId, body["applied_tags"]) is { } badTags)
            return badTags;
        var threadId = state.NextId();
        state.Channels[threadId] = FakeChannelKind.Text;
        var applied = body["applied_tags"] is JsonArray tags ? tags.Select(t => t!.GetValue<string>()).ToList() : [];
        state.Forums.Threads[threadId] = new FakeThread(threadId, channelId, name, applied);
        var first = state.Store(threadId, (JsonObject)message.DeepClone(), usersOnlyByDefault: false);
        return FakeReply.Json(201, new JsonObject { ["id"] = threadId, ["type"] = 11, ["name"] = name, ["parent_id"] = channelId, ["message"] = first.ToJson() });
    }

    public FakeReply ExecuteWebhook(FakeCall call)
    {
        if (!state.Webhooks.TryGetValue(call.Parameters[0], out var webhook))
            return FakeReply.Error(404, 10015, "Unknown Webhook");
        if (webhook.Token != call.Parameters[1])
            return FakeReply.Error(401, 50027, "Invalid Webhook Token");
        var body = call.Object;
        if (Invalid(body, 4 | 4096 | 32768) is { } invalid)
            return invalid;
        if (FakeMessageRules.IsEmpty(body))
            return FakeReply.Error(400, 50006, "Cannot send an empty message");
        var forum = state.Channels.GetValueOrDefault(webhook.ChannelId) == FakeChannelKind.Forum;
        var threadName = body["thread_name"]?.GetValue<string>();
        if (forum && threadName is null && !call.Query.Contains("thread_id=", StringComparison.Ordinal))
            return FakeReply.Error(400, 220001, "Webhooks posted to forum channels must have a thread_name or thread_id");
        if (!forum && threadName is not null)
            return FakeReply.Error(400, 220003, "Webhooks can only create threads in forum channels");
        var channelId = forum ? state.NextId() : webhook.ChannelId;
        var message = state.Store(channelId, body, usersOnlyByDefault: true);
        return call.QueryFlag("wait") ? FakeReply.Json(200, message.ToJson()) : FakeReply.NoContent();
    }

    /// <summary>enforce_nonce: a nonce seen within the window answers with the earlier message (any channel) and stores nothing.</summary>
    private FakeMessage StoreOnce(string channelId, JsonObject body, DateTimeOffset now)
    {
        var nonce = FakeMessageRules.NonceText(body["nonce"]);
        if (nonce is not null && FakeMessageRules.EnforcesNonce(body) && state.Nonces.Recent(nonce, now, options.NonceWindow) is { } earlier)
        {
            state.DuplicateNoncesAnswered++;
            return earlier;
        }
        var message = state.Store(channelId, body, usersOnlyByDefault: false);
        if (nonce is not null)
            state.Nonces.Remember(nonce, message, now);
        return message;
    }

    private FakeReply? ChannelError(string channelId) => state.Channels.TryGetValue(channelId, out var kind) switch
    {
        false => FakeReply.Error(404, 10003, "Unknown Channel"),
        _ when kind == FakeChannelKind.NoAccess || !BotMay(channelId, FakePermissions.ViewChannel) => MissingAccess(),
        _ when !BotMay(channelId, FakePermissions.SendMessages) => FakeReply.Error(403, 50013, "Missing Permissions"),
        _ when kind == FakeChannelKind.LockedThread => FakeReply.Error(400, 160005, "Thread is locked"),
        _ when kind == FakeChannelKind.Category => FakeReply.Error(400, 50024, "Cannot execute action on this channel type"),
        _ => null,
    };

    /// <summary>Permissions decide as on Discord; a missing EMBED_LINKS is not an error there (embeds just do not show), so it is not here.</summary>
    internal bool BotMay(string channelId, ulong permission) =>
        (FakeChannelPermissions.Of(state, options.BotUserId, channelId) & permission) == permission;

    private static FakeReply MissingAccess() => FakeReply.Error(403, 50001, "Missing Access");

    internal static FakeReply? Invalid(JsonObject body, int allowedFlags)
    {
        var errors = new FormErrors();
        FakeMessageRules.Check(errors, body, allowedFlags);
        return errors.Any ? FakeReply.InvalidForm(errors.Root) : null;
    }
}
