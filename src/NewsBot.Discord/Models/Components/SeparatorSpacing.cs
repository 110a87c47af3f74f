namespace NewsBot.Discord.Models.Components;

public enum SeparatorSpacing
{
    Small = 1,
    Large = 2,
}
