namespace NewsBot.Discord.Models.Components;

/// <summary>Markdown text, as a message's content would show it.</summary>
public sealed record TextDisplay(string Content) : Component
{
}
