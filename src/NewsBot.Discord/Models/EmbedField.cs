namespace NewsBot.Discord.Models;

public sealed record EmbedField(string Name, string Value, bool? Inline = null);
