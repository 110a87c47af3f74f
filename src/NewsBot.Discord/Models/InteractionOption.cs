using System.Text.Json;

namespace NewsBot.Discord.Models;

public sealed record InteractionOption
{
    public string Name { get; init; } = "";
    public ApplicationCommandOptionType Type { get; init; }
    public JsonElement? Value { get; init; }
    public IReadOnlyList<InteractionOption>? Options { get; init; }

    /// <summary>Set on the option the user is typing in an autocomplete interaction.</summary>
    public bool? Focused { get; init; }
}
