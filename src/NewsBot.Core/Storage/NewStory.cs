namespace NewsBot.Core.Storage;

/// <summary>A story delivered in message <paramref name="Sequence"/> of its digest, as embed <paramref name="EmbedIndex"/>.</summary>
public sealed record NewStory(int Sequence, int EmbedIndex, string State);
