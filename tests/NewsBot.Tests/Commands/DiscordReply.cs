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

    public static JsonObject Embed(FakeMessage message) => (JsonObject)message.Body["embeds"]![0]!;

    public static string Description(FakeMessage message) => Embed(message)["description"]!.GetValue<string>();

    public static IReadOnlyList<string> Choices(FakeInteraction interaction) =>
        [.. JsonNode.Parse(interaction.CallbackBody!)!["data"]!["choices"]!.AsArray().Select(c => c!["name"]!.GetValue<string>())];
}
