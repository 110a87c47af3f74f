namespace NewsBot.Discord.Models.Components;

/// <summary>Discord's component type numbers (the ones NewsBot sends).</summary>
public enum ComponentType
{
    ActionRow = 1,
    Button = 2,
    StringSelect = 3,
    Section = 9,
    TextDisplay = 10,
    Thumbnail = 11,
    Separator = 14,
    Container = 17,
}
