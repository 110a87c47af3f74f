namespace NewsBot.Discord.Models;

/// <summary>A command as registered with Discord: a slash command (type 1) or a context-menu command (2 user, 3 message).</summary>
public sealed record ApplicationCommand
{
    public string? Id { get; init; }
    public ApplicationCommandType Type { get; init; } = ApplicationCommandType.ChatInput;
    public required string Name { get; init; }

    /// <summary>Empty for context-menu commands, which Discord shows without one.</summary>
    public required string Description { get; init; }

    /// <summary>The name in other Discord locales ("de", "pt-BR"), shown to members whose client uses that language.</summary>
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Permission bitset as a string; "0" means administrators only. Handlers still check permissions themselves.</summary>
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>Where the command is offered (<see cref="CommandScope"/>).</summary>
    public IReadOnlyList<int>? Contexts { get; init; }

    /// <summary>Which installations offer it (<see cref="CommandScope"/>).</summary>
    public IReadOnlyList<int>? IntegrationTypes { get; init; }
}
