using System.Text.Json.Nodes;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Commands;

/// <summary>Reads what the bot answered an interaction, as the fake Discord stored it.</summary>
internal static class DiscordReply
{
    private const int EphemeralFlag = 64;

    /// <summary>Whether the first response (the reply or the defer) was shown only to the member.</summary>
    public static bool IsEphemeral(FakeInteraction interaction) =>
        ((JsonNode.Parse(interaction.CallbackBody!)!["data"]?["flags"]?.GetValue<int>() ?? 0) & EphemeralFlag) != 0;

    public static bool IsEphemeral(FakeMessage message) => ((message.Body["flags"]?.GetValue<int>() ?? 0) & EphemeralFlag) != 0;

    public const int ComponentsV2Flag = 1 << 15;

    /// <summary>The flags the first response (the reply or the defer) carried.</summary>
    public static int CallbackFlags(FakeInteraction interaction) =>
        JsonNode.Parse(interaction.CallbackBody!)!["data"]?["flags"]?.GetValue<int>() ?? 0;

    public static int Flags(FakeMessage message) => message.Body["flags"]?.GetValue<int>() ?? 0;

    /// <summary>The body of each PATCH of the interaction's @original, in order: what completed the defer.</summary>
    public static IReadOnlyList<JsonObject> OriginalEdits(FakeDiscordServer discord) =>
        [.. discord.Requests.Where(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal)).Select(r => JsonNode.Parse(r.Body)!.AsObject())];

    /// <summary>Components counted as Discord counts them (nested ones included), and the characters of their text displays.</summary>
    public static (int Components, int Text) Size(FakeMessage message)
    {
        var all = Flatten(message.Body["components"]!.AsArray()).ToList();
        return (all.Count, all.Where(c => c["type"]!.GetValue<int>() == 10).Sum(c => c["content"]!.GetValue<string>().Length));
    }

    public static JsonObject Embed(FakeMessage message) => (JsonObject)message.Body["embeds"]![0]!;

    public static string Description(FakeMessage message) => Embed(message)["description"]!.GetValue<string>();

    public static IReadOnlyList<string> Choices(FakeInteraction interaction) =>
        [.. JsonNode.Parse(interaction.CallbackBody!)!["data"]!["choices"]!.AsArray().Select(c => c!["name"]!.GetValue<string>())];

    private static IEnumerable<JsonObject> Flatten(JsonArray components)
    {
        foreach (var component in components.OfType<JsonObject>())
        {
            yield return component;
            foreach (var nested in Flatten(component["components"] as JsonArray ?? []))
                yield return nested;
            if (component["accessory"] is JsonObject accessory)
                yield return accessory;
        }
    }
}
