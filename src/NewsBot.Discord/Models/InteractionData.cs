namespace NewsBot.Discord.Models;

public sealed record InteractionData
{
    public string? Id { get; init; }
    public string Name { get; init; } = "";
    public ApplicationCommandType Type { get; init; } = ApplicationCommandType.ChatInput;
    public IReadOnlyList<InteractionOption>? Options { get; init; }

    /// <summary>For a context-menu command: the id of the message or user it was used on.</summary>
    public string? TargetId { get; init; }

    public InteractionResolved? Resolved { get; init; }

    /// <summary>For a message component: the custom_id the bot gave it.</summary>
    public string? CustomId { get; init; }

    /// <summary>For a select menu: what the member picked (values the bot offered, which a forged request may not be).</summary>
    public IReadOnlyList<string>? Values { get; init; }
}
