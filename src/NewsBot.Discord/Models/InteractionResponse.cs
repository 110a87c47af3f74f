namespace NewsBot.Discord.Models;

public sealed record InteractionResponse(InteractionCallbackType Type, InteractionCallbackData? Data = null);
