namespace NewsBot.Core.Quotes.Entities;

/// <summary>What <see cref="LexiconResources.ForEachLine"/> does with one line.</summary>
internal delegate void LineAction(ReadOnlySpan<char> line);
