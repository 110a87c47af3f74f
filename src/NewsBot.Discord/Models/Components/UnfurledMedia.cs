namespace NewsBot.Discord.Models.Components;

/// <summary>An image by URL (or <c>attachment://name</c>); Discord fills in the rest in its answer.</summary>
public sealed record UnfurledMedia(string Url);
