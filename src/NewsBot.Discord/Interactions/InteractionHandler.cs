namespace NewsBot.Discord.Interactions;

/// <summary>Handles one routed command path.</summary>
public delegate Task InteractionHandler(InteractionContext context, CancellationToken cancellationToken);
