using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>The fake's message checks without a server, for tests that judge many payloads (property tests).</summary>
public static class FakeDiscordRules
{
    /// <summary>Create Message's flags: SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS, IS_VOICE_MESSAGE, IS_COMPONENTS_V2.</summary>
    public const int CreateMessageFlags = 4 | 4096 | 8192 | 32768;

    /// <summary>Discord's 50035 <c>errors</c> tree for this Create Message body; null when Discord would take it.</summary>
    public static JsonObject? CreateMessageErrors(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new FormErrors();
        FakeMessageRules.Check(errors, body, CreateMessageFlags);
        FakeMessageRules.CheckNonce(errors, body);
        if (!errors.Any && FakeMessageRules.IsEmpty(body))
            errors.Add("_message", "EMPTY_MESSAGE", "Cannot send an empty message");
        return errors.Any ? errors.Root : null;
    }
}
