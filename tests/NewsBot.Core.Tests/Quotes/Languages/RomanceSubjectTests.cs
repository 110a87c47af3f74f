namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// Subjects in French, Spanish, Italian and Portuguese: a second quote of the sentence after a conjunction and a dropped
/// subject (`opinó que el plan “llega tarde”, aunque agregó que “…”`) continues the sentence's subject rather than taking
/// the short first quote for a quoted name; a lower-case role apposed to a name the lexicon does not know (`Geannina
/// Trelles, ministra de Obras, señaló`) makes a person of it; Spanish reporting verbs of the lexicon (`lanzó`, `enumeró`). Invented people.
/// </summary>
public sealed class RomanceSubjectTests
{
    [Theory]
    [InlineData("es", "Federico Ugalde opinó que el plan “llega tarde”, aunque agregó que “es difícil prever lo que pasará con los precios del próximo año”.", "es difícil prever")]
    [InlineData("it", "Federico Ugalde ha giudicato che il piano «arriva tardi», ma ha aggiunto che «è difficile prevedere cosa succederà con le tariffe».", "è difficile prevedere")]
    [InlineData("pt", "Federico Ugalde opinou que o plano “chega tarde”, mas acrescentou que “é difícil prever o que acontecerá com as tarifas do próximo ano”.", "é difícil prever")]
    public void Extract_ConjunctionThenDroppedSubjectAfterAShortQuote_SentenceSubject(string language, string paragraph, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, paragraph);

        Assert.Equal("Federico Ugalde", analysis.SpeakerOf(quote));
    }

    [Fact]
    public void Extract_QuotedNicknameThenBracketedAside_StillNoDroppedSubject()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "“Los contratos se firmaron a tiempo y sin ninguna irregularidad”, dijo el fiscal Tomás Arriaga.",
            "Tras la audiencia, “Pepón” (como se le conoce al exalcalde) contestó vía Twitter que “el fiscal nunca dijo que yo recibiera nada”.");

        Assert.Null(analysis.SpeakerOf("el fiscal nunca dijo"));
    }

    [Theory]
    [InlineData("es", "“El presupuesto debe bajar cuanto antes”, dijo Ramiro Ostolaza.", "Sin embargo, Geannina Trelles, ministra de Obras, señaló ayer en conferencia de prensa que “no estamos dispuestos a ninguna rebaja del presupuesto”.", "no estamos", "Geannina Trelles")]
    [InlineData("fr", "« Le budget doit baisser au plus vite », a dit Rémi Ostrowski.", "Pourtant, Maëlyss Trobrand, porte-parole du ministère, a déclaré que « nous ne sommes prêts à aucune baisse du budget ».", "nous ne sommes", "Maëlyss Trobrand")]
    [InlineData("it", "«Il bilancio deve scendere al più presto», ha detto Remo Ostini.", "Tuttavia Geannina Trelles, ministra dei Lavori pubblici, ha detto che «non siamo disposti ad alcun taglio del bilancio».", "non siamo", "Geannina Trelles")]
    [InlineData("pt", "“O orçamento deve baixar o quanto antes”, disse Ramiro Ostelino.", "No entanto, Geannina Trelles, ministra das Obras, afirmou que “não estamos dispostos a nenhum corte do orçamento”.", "não estamos", "Geannina Trelles")]
    public void Extract_UnknownGivenNameWithRoleApposition_ThatPerson(string language, string before, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("es", "Al Congreso llegó este martes la ministra del Interior, Izkia Sorbal.", "“Sabemos que han pasado bandas de distinta connotación”, advirtió Sorbal a los senadores.", "Sabemos que", "Izkia Sorbal")]
    [InlineData("fr", "Au Sénat est arrivée mardi la ministre de l'Intérieur, Maëlyss Trobrand.", "« Nous savons que des bandes organisées ont franchi la frontière », a prévenu Trobrand devant les sénateurs.", "Nous savons", "Maëlyss Trobrand")]
    [InlineData("pt", "Ao Congresso chegou nesta terça a ministra do Interior, Izkia Sorbal.", "“Sabemos que passaram quadrilhas de diversas origens”, advertiu Sorbal aos senadores.", "Sabemos que", "Izkia Sorbal")]
    public void Extract_UnknownNameAfterAnApposedRole_ThatPersonAlsoBySurname(string language, string introduction, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, introduction, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("lanzó")]
    [InlineData("reveló")]
    [InlineData("mencionó")]
    [InlineData("enumeró")]
    [InlineData("espetó")]
    [InlineData("propuso")]
    [InlineData("agradeció")]
    public void Extract_SpanishReportingVerbAfterTheQuote_ItsInvertedSubject(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("es", $"“Ese es el discurso típico de quienes quieren desarticular el Estado”, {verb} Ramiro Ostolaza.");

        Assert.Equal("Ramiro Ostolaza", analysis.SpeakerOf("Ese es el discurso"));
    }

    [Fact]
    public void Extract_ShortQuoteThenCommaVerbAndColon_DroppedSubjectGoesOn()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "Graciela Ostolaza, de la asociación de vecinos, cree que la marcha del jueves será la primera de muchas. “No es por pesimismo”, aclara y remarca cuál es la consigna: “Queremos que se amplíe la Corte y que funcione”.");

        Assert.Equal("Graciela Ostolaza", analysis.SpeakerOf("Queremos que"));
    }
}
