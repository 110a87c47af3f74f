namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The text a pronoun looks back over for its referent: <paramref name="Referent"/>'s name words, the stretch
/// <paramref name="From"/>..<paramref name="To"/> where someone else might be named, and the <paramref name="Gender"/> the pronoun asks for.
/// </summary>
internal readonly record struct ReferentStretch(IReadOnlyList<string> Referent, int From, int To, Gender Gender);
