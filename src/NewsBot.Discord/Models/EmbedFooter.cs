namespace NewsBot.Discord.Models;

public sealed record EmbedFooter(string Text, string? IconUrl = null);
