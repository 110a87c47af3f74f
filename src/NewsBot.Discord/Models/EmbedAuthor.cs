namespace NewsBot.Discord.Models;

public sealed record EmbedAuthor(string Name, string? Url = null, string? IconUrl = null);
