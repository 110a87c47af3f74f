namespace NewsBot.Discord.Models.Components;

public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,

    /// <summary>Opens its URL; sends no interaction.</summary>
    Link = 5,
}
