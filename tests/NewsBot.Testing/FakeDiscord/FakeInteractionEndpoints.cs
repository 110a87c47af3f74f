using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>Interaction callbacks (3-second deadline, single acknowledgement), followups, @original, and commands.</summary>
internal sealed class FakeInteractionEndpoints(FakeDiscordState state, FakeDiscordOptions options)
{
    private const int Ephemeral = 64;
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);

    public FakeReply Callback(FakeCall call)
    {
        if (!state.Interactions.TryGetValue(call.Parameters[0], out var interaction) || interaction.Token != call.Parameters[1])
            return FakeReply.Error(404, 10062, "Unknown interaction");
        if (Acknowledge(interaction, call.Object, call.Now) is { } refused)
            return refused;
        return call.QueryFlag("with_response")
            ? FakeReply.Json(200, new JsonObject { ["interaction"] = new JsonObject { ["id"] = interaction.Id, ["type"] = interaction.Type } })
            : FakeReply.NoContent();
    }

    /// <summary>
    /// The first acknowledgement, from the callback endpoint or as the answer to an HTTP interaction: checked as Discord
    /// checks it (in time, once, a type that fits, valid data) and recorded. Null when accepted.
    /// </summary>
    public FakeReply? Acknowledge(FakeInteraction interaction, JsonObject body, DateTimeOffset now)
    {
        lock (state.Gate)
        {
            if (interaction.CallbackType is not null)
                return FakeReply.Error(400, 40060, "Interaction has already been acknowledged.");
            if (now - interaction.CreatedAt > options.InteractionDeadline)
                return FakeReply.Error(404, 10062, "Unknown interaction");
            var type = body["type"]?.GetValue<int>() ?? 0;
            if (!Fits(interaction.Type, type))
                return FakeReply.Error(400, 50035, $"Interaction callback type {type} does not fit interaction type {interaction.Type}");
            var data = body["data"] as JsonObject ?? [];
            if (type == 8 && data["choices"] is JsonArray { Count: > 25 })
                return Invalid("data.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
            if (type == 5 && ((data["flags"]?.GetValue<int>() ?? 0) & ~64) != 0)
                return Invalid("data.flags", "MESSAGE_FLAGS_INVALID", "A deferred response may only set EPHEMERAL.");
            if (type == 4 && FakeMessageEndpoints.Invalid(data, 4 | 64 | 4096 | 8192 | 32768) is { } invalid)
                return invalid;
            (interaction.AcknowledgedAt, interaction.CallbackBody) = (now, body.ToJsonString());
            if (type is 4 or 5)
                interaction.Original = state.Store(interaction.Id, (JsonObject)data.DeepClone(), usersOnlyByDefault: true);
            // Last: tests poll CallbackType outside the lock and then read the body and the original message.
            interaction.CallbackType = type;
            return null;
        }
    }

    public FakeReply EditOriginal(FakeCall call)
    {
        if (Acknowledged(call) is not { } interaction)
            return FakeReply.Error(401, 50027, "Invalid Webhook Token");
        if (FakeMessageEndpoints.Invalid(call.Object, 4 | 4096 | 32768) is { } invalid)
            return invalid;
        lock (state.Gate)
        {
            var before = interaction.Original?.Body ?? new JsonObject();
            var merged = (JsonObject)before.DeepClone();
            foreach (var (key, value) in call.Object)
                merged[key] = value?.DeepClone();
            // Who sees the reply was settled by the callback: an edit's flags never add or drop EPHEMERAL.
            if (call.Object["flags"] is not null)
                merged["flags"] = (Flags(call.Object) & ~Ephemeral) | (Flags(before) & Ephemeral);
            if (FakeComponentRules.IsV2(before) && !FakeComponentRules.IsV2(merged))
                return FakeReply.InvalidForm(FakeEditRules.FlagRemoved());
            if (FakeEditRules.Invalid(merged) is { } refused)
                return refused;
            // Completing a defer replaces the "thinking…" placeholder: the reply's first content, not an edit of a shown one.
            var completesDefer = interaction.CallbackType == 5 && interaction.OriginalEditedAt is null;
            interaction.Original = state.Store(interaction.Id, merged, usersOnlyByDefault: true) with
            {
                Id = interaction.Original?.Id ?? state.NextId(),
                EditedAt = completesDefer ? null : call.Now,
            };
            interaction.OriginalEditedAt = call.Now;
            return FakeReply.Json(200, interaction.Original.ToJson());
        }
    }

    public FakeReply Followup(FakeCall call)
    {
        if (Acknowledged(call) is not { } interaction)
            return FakeReply.Error(401, 50027, "Invalid Webhook Token");
        if (FakeMessageEndpoints.Invalid(call.Object, 4 | 64 | 4096 | 32768) is { } invalid)
            return invalid;
        var message = state.Store(interaction.Id, call.Object, usersOnlyByDefault: true);
        lock (state.Gate)
            interaction.Followups.Add(message);
        return FakeReply.Json(200, message.ToJson());
    }

    public FakeReply BulkOverwrite(FakeCall call, string scope)
    {
        if (call.Parameters[0] != options.ApplicationId)
            return FakeReply.Error(403, 50001, "Missing Access");
        if (call.Body is not JsonArray commands)
            return FakeReply.Error(400, 50035, "Invalid Form Body");
        var errors = new FormErrors();
        FakeCommandRules.Check(errors, commands);
        if (errors.Any)
            return FakeReply.InvalidForm(errors.Root);
        var stored = new JsonArray();
        foreach (var command in commands.OfType<JsonObject>())
        {
            var copy = (JsonObject)command.DeepClone();
            copy["id"] = state.NextId();
            copy["application_id"] = options.ApplicationId;
            stored.Add(copy);
        }
        state.Commands[scope] = stored;
        if (scope == "global")
            state.GlobalCommandPuts++;
        return FakeReply.Json(200, stored.DeepClone());
    }

    /// <summary>Upsert by name: 201 when new, 200 when it replaced one; 200 creates per scope per day, then 30034.</summary>
    public FakeReply CreateCommand(FakeCall call, string scope)
    {
        if (call.Parameters[0] != options.ApplicationId)
            return FakeReply.Error(403, 50001, "Missing Access");
        var errors = new FormErrors();
        FakeCommandRules.Check(errors, [call.Object.DeepClone()]);
        if (errors.Any)
            return FakeReply.InvalidForm(errors.Root);
        lock (state.Gate)
        {
            var created = state.CommandCreates.AddOrUpdate(scope, 1, (_, n) => n + 1);
            if (created > 200)
                return FakeReply.Error(400, 30034, "Max number of daily application command creates has been reached (200)");
            var list = state.Commands.GetOrAdd(scope, _ => []);
            var name = call.Object["name"]?.GetValue<string>();
            var existing = list.OfType<JsonObject>().FirstOrDefault(c => c["name"]?.GetValue<string>() == name);
            var command = (JsonObject)call.Object.DeepClone();
            command["id"] = existing?["id"]?.GetValue<string>() ?? state.NextId();
            command["application_id"] = options.ApplicationId;
            if (existing is not null)
                list.Remove(existing);
            list.Add(command);
            return FakeReply.Json(existing is null ? 201 : 200, command.DeepClone());
        }
    }

    private FakeInteraction? Acknowledged(FakeCall call)
    {
        if (call.Parameters[0] != options.ApplicationId || state.InteractionByToken(call.Parameters[1]) is not { } interaction)
            return null;
        if (interaction.CallbackType is null)
            interaction.HttpAnswer?.Task.Wait(TimeSpan.FromSeconds(5));
        return interaction.CallbackType is not null && call.Now - interaction.CreatedAt <= TokenLifetime ? interaction : null;
    }

    private static int Flags(JsonObject body) => body["flags"] is JsonValue v && v.TryGetValue<int>(out var flags) ? flags : 0;

    private static bool Fits(int interactionType, int callbackType) => interactionType switch
    {
        1 => callbackType == 1,
        2 => callbackType is 4 or 5 or 9,
        3 => callbackType is 4 or 5 or 6 or 7 or 9,
        4 => callbackType == 8,
        5 => callbackType is 4 or 5 or 6 or 7,
        _ => false,
    };

    private static FakeReply Invalid(string path, string code, string message)
    {
        var errors = new FormErrors();
        errors.Add(path, code, message);
        return FakeReply.InvalidForm(errors.Root);
    }
}
