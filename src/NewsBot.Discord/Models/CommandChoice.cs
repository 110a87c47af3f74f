namespace NewsBot.Discord.Models;

/// <summary>A fixed or autocompleted choice; <see cref="Value"/> is a string or a number.</summary>
public sealed record CommandChoice(string Name, object Value);
