namespace NewsBot.Discord.Models;

/// <summary>List Active Guild Threads: every thread of the guild not archived, forum posts included.</summary>
public sealed record ActiveThreads
{
    public IReadOnlyList<Channel> Threads { get; init; } = [];
}
