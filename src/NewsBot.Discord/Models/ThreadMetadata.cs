namespace NewsBot.Discord.Models;

public sealed record ThreadMetadata
{
    public bool Archived { get; init; }
    public bool Locked { get; init; }
}
