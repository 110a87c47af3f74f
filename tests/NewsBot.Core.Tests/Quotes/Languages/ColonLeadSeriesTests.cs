namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// A Romance colon lead that introduces a series of quotes joined by a comma or a conjunction gives every quote of the series
/// its speaker; anything else between two quotes ends the series. Invented people.
/// </summary>
public sealed class ColonLeadSeriesTests
{
    [Theory]
    [InlineData("es", "La alcaldesa de Villaseca, Rosario Ibarguren, repetía a los vecinos: ‘Cierren las ventanas al mediodía’, ‘Beban agua aunque no tengan sed’.", "Beban agua", "Rosario Ibarguren")]
    [InlineData("fr", "Le maire de Clairval, Étienne Vasseur, a répété devant le conseil : « La piscine rouvrira en juin » et « Personne ne paiera plus cher ».", "Personne ne paiera", "Étienne Vasseur")]
    [InlineData("it", "Il sindaco di Valdorno, Ruggero Fantin, ripeteva ai cittadini: «Chiudete le finestre a mezzogiorno», «Bevete acqua anche senza sete» e «Restate in casa nelle ore calde».", "Restate in casa", "Ruggero Fantin")]
    public void Extract_QuotesJoinedAfterOneColonLead_AllTheLeadsSpeaker(string language, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }

    [Fact]
    public void Extract_SecondQuoteAfterAClauseAboutSomeoneElse_NotTheLeadsSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "La alcaldesa de Villaseca, Rosario Ibarguren, repetía a los vecinos: ‘Cierren las ventanas al mediodía’, pero los comerciantes le contestaban ‘No podemos cerrar las tiendas en agosto’.");

        Assert.NotEqual("Rosario Ibarguren", analysis.SpeakerOf("No podemos cerrar"));
    }
}
