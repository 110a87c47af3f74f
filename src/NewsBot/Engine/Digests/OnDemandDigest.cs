using NewsBot.Core.Digests;

namespace NewsBot.Engine.Digests;

/// <summary>A digest built from feeds on demand, and why the feeds left out could not be read (each message names its feed).</summary>
public sealed record OnDemandDigest(IReadOnlyList<DigestStory> Stories, IReadOnlyList<Exception> FailedFeeds);
