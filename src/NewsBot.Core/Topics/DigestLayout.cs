namespace NewsBot.Core.Topics;

/// <summary>How a digest's messages are laid out (the setting <c>Digests:Layout</c>, or a topic's own).</summary>
public enum DigestLayout
{
    /// <summary>Components V2: per story a container with the topic's colour, thumbnail, quotes and "also in" link buttons.</summary>
    Components,

    /// <summary>One embed per story, as before Components V2; kept as an option and as the fallback.</summary>
    Embeds,
}
