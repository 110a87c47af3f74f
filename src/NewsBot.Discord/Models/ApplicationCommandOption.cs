namespace NewsBot.Discord.Models;

public sealed record ApplicationCommandOption
{
    public required ApplicationCommandOptionType Type { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }
    public bool? Required { get; init; }
    public bool? Autocomplete { get; init; }
    public IReadOnlyList<CommandChoice>? Choices { get; init; }
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>For a channel option: the channel types the picker offers.</summary>
    public IReadOnlyList<ChannelType>? ChannelTypes { get; init; }

    /// <summary>For an integer or number option: the smallest and largest value Discord accepts.</summary>
    public long? MinValue { get; init; }

    public long? MaxValue { get; init; }
}
