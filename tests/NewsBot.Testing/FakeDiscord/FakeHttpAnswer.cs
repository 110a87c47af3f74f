namespace NewsBot.Testing.FakeDiscord;

/// <summary>What the bot answered to a signed interaction POST: status, body, and the interaction it was (none for a PING).</summary>
public sealed record FakeHttpAnswer(int Status, string Body, FakeInteraction? Interaction, Uri Endpoint);
