namespace NewsBot.Discord.Interactions.Http;

/// <summary>How Discord delivers interactions to the bot: one or the other, never both (Discord's rule).</summary>
public enum InteractionsMode
{
    /// <summary>INTERACTION_CREATE over the gateway session (the default; one process).</summary>
    Gateway,

    /// <summary>
    /// Signed POSTs to the application's Interactions Endpoint URL: no gateway session, so any instance behind a load
    /// balancer can answer.
    /// </summary>
    Http,
}
