using NewsBot.Presentation;

namespace NewsBot.Commands;

/// <summary>How a reply is rendered: the renderer in the layout that applies, and the accent colour of the topic it concerns.</summary>
internal sealed record ReplyLook(DigestRenderer Renderer, int? AccentColor);
