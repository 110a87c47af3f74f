namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>German speakers referred back to: pronouns, surnames, role and age nouns, titles, abbreviations and name particles. Invented people.</summary>
public sealed class GermanAttributionReferenceTests
{
    [Theory]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte sie.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, fügte sie hinzu.")]
    [InlineData("Sie fügte hinzu: „Der Hafen bleibt den ganzen Winter offen.“")]
    [InlineData("Sie sagte: „Der Hafen bleibt den ganzen Winter offen.“")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte die Bürgermeisterin.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, betonte die Rathauschefin.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte die Politikerin.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte die 54-Jährige.")]
    [InlineData("Die Bürgermeisterin versicherte: „Der Hafen bleibt den ganzen Winter offen.“")]
    [InlineData("Die Bürgermeisterin sagte, „der Hafen bleibt den ganzen Winter offen“.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Lindner.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, so Lindner.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Frau Lindner.")]
    [InlineData("Lindner zufolge „bleibt der Hafen den ganzen Winter offen“.")]
    [InlineData("Laut Lindner „bleibt der Hafen den ganzen Winter offen“.")]
    public void Extract_ReferenceToTheMayorNamedBefore_TheMayor(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "Die Bürgermeisterin von Kleinfeld, Greta Lindner, besuchte am Montag mit den Fischern den Steg.",
            "„Wir haben zwei Boote und viele Netze verloren“, sagte Lindner den Reportern.", sentence);

        Assert.Equal("Greta Lindner", analysis.SpeakerContaining("ganzen Winter"));
    }

    [Fact]
    public void Extract_SecondQuoteOfATurnWithAPronoun_TheSameSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "„Wir haben zwei Boote und viele Netze verloren“, sagte der Fischereiminister Paul Weber.",
            "Der Minister ging danach mit den Reedern über den Markt.", "„Der Hafen bleibt den ganzen Winter offen“, fügte er hinzu.");

        Assert.Equal("Paul Weber", analysis.SpeakerContaining("ganzen Winter"));
    }

    [Theory]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Dr. Paul Weber.", "Paul Weber")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Prof. Dr. Paul Weber.", "Paul Weber")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Prof. Paul Weber.", "Paul Weber")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte der Abg. Paul Weber.", "Paul Weber")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Mag. Greta Lindner.", "Greta Lindner")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Bgm. Paul Weber.", "Paul Weber")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Bürgermeisterin Dr. Greta Lindner.", "Greta Lindner")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Hafenmeister Paul Weber.", "Paul Weber")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Greta von Lindner.", "Greta von Lindner")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Greta von der Lindt.", "Greta von der Lindt")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Jan van Hoorn.", "Jan van Hoorn")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Paul Weber zu Greta Lindner.", "Paul Weber")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Hans-Peter Weber.", "Hans-Peter Weber")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Greta Lindner-Roth.", "Greta Lindner-Roth")]
    [InlineData("»Der Hafen bleibt den ganzen Winter offen«, sagte Paul Weber.", "Paul Weber")]
    [InlineData("«Der Hafen bleibt den ganzen Winter offen», sagte Paul Weber.", "Paul Weber")]
    [InlineData("\"Der Hafen bleibt den ganzen Winter offen\", sagte Paul Weber.", "Paul Weber")]
    public void Extract_NameWithTitleParticleOrMarks_TheFullName(string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", sentence);

        Assert.Equal(speaker, analysis.SpeakerContaining("ganzen Winter"));
    }
}
