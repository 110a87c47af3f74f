namespace NewsBot.Presentation;

/// <summary>Where a story's embed landed: message <paramref name="Sequence"/> of the digest, embed <paramref name="Index"/> in it.</summary>
public sealed record EmbedPlace(int Sequence, int Index);
