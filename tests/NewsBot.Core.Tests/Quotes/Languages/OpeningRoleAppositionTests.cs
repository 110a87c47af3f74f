namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// `L'entraîneur adverse, Laurent Rey, n'a pas caché sa colère`: a name between commas after a sentence-opening role with an
/// elided article is the sentence's subject, so a later `a-t-il lâché` is his, though another man was named before. Invented people.
/// </summary>
public sealed class OpeningRoleAppositionTests
{
    [Theory]
    [InlineData("fr", "Le capitaine, Jonathan Marty, a salué le jeune joueur.", "L'entraîneur adverse, Laurent Rey, n'a pas caché sa colère contre l'arbitrage. « On nous a volé ce match », a-t-il lâché.", "volé ce match", "Laurent Rey")]
    [InlineData("fr", "Le capitaine, Jonathan Marty, a salué le jeune joueur.", "L’avocat, Laurent Rey, n'a pas caché sa colère contre le juge. « Ce procès est une farce », a-t-il lâché.", "une farce", "Laurent Rey")]
    [InlineData("it", "Il capitano, Marco Neri, ha elogiato il giovane.", "L'allenatore avversario, Luca Rossi, non ha nascosto la rabbia per l'arbitraggio. «Ci hanno rubato la partita», ha detto.", "rubato la partita", "Luca Rossi")]
    public void Extract_ElidedRoleBeforeANameBetweenCommas_ThatPersonGoesOn(string language, string before, string paragraph, string fragment, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, paragraph);

        Assert.Equal(speaker, analysis.SpeakerContaining(fragment));
    }
}
