using NewsBot.Discord.Models;

namespace NewsBot.Presentation;

/// <summary>A digest's messages, and where each story's embed is among them (in story order), so a later edit finds it.</summary>
public sealed record RenderedDigest(IReadOnlyList<MessagePayload> Messages, IReadOnlyList<EmbedPlace> Places);
