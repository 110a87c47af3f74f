namespace NewsBot.Discord.Models;

/// <summary>The objects an interaction refers to, by id; a message command's target message is in <see cref="Messages"/>.</summary>
public sealed record InteractionResolved
{
    public IReadOnlyDictionary<string, Message>? Messages { get; init; }
}
