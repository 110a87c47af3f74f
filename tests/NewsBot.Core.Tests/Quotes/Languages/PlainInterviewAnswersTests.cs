namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// French and Portuguese interviews whose answers stand in plain paragraphs: the paragraph right after a plain question is
/// the interviewee's, when there are three pairs or more that speak in the first person or the article calls itself an
/// interview; narration between an answer and the next question, an explainer's third-person answers and two lone pairs
/// are no quotes. Invented people.
/// </summary>
public sealed class PlainInterviewAnswersTests
{
    [Fact]
    public void Extract_FrenchFirstPersonAnswers_GoToTheInterviewee()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "Depuis 2022, Noémie Castaing-Roux dirige la régie des eaux de Valbourg. Rencontre dans son bureau du port.",
            "Pourquoi avoir quitté le privé ?",
            "Parce que je voulais voir à quoi servait mon travail. Ici, chaque fuite réparée se voit au robinet.",
            "Elle se lève, ouvre la fenêtre, montre le château d'eau.",
            "Les tarifs vont-ils augmenter ?",
            "Nous avons promis de les geler jusqu'en 2027, et nous tiendrons parole.",
            "Et après ?",
            "Après, il faudra choisir entre le prix et les travaux. Je préfère le dire maintenant.");

        Assert.Equal("Noémie Castaing-Roux", analysis.SpeakerOf("Parce que je voulais"));
        Assert.Equal("Noémie Castaing-Roux", analysis.SpeakerOf("Nous avons promis"));
        Assert.Equal("Noémie Castaing-Roux", analysis.SpeakerOf("Après, il faudra"));
        Assert.DoesNotContain(analysis.Quotes, q => q.Text.StartsWith("Elle se lève", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PortugueseInterviewCalledSoWithoutPronouns_GoesToTheInterviewee()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt",
            "Diretor do Museu do Mar de Vilamar desde março, Tomás Figueiral Sequeira quer reabrir as salas fechadas. Entrevista.",
            "Quantas salas estão fechadas?",
            "Seis das catorze. Algumas há mais de dez anos, por falta de guardas.",
            "O orçamento chega?",
            "Não chega. Precisaríamos do dobro para abrir todas ao mesmo tempo.",
            "Quando reabre a primeira?",
            "Em setembro, a sala dos naufrágios. Está quase pronta.");

        Assert.Equal("Tomás Figueiral Sequeira", analysis.SpeakerOf("Seis das catorze"));
        Assert.Equal("Tomás Figueiral Sequeira", analysis.SpeakerOf("Em setembro"));
    }

    [Fact]
    public void Extract_ExplainerAnsweringInTheThirdPerson_HasNoQuotes()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "La ministre Agathe Rivoire a présenté mardi la réforme des bourses étudiantes.",
            "Qui est concerné ?",
            "Les étudiants dont les parents gagnent moins de 40 000 euros par an, soit un sur trois.",
            "Combien vont-ils toucher ?",
            "Entre 150 et 620 euros par mois, selon la distance entre le domicile et l'université.",
            "Quand la réforme entre-t-elle en vigueur ?",
            "À la rentrée de septembre, pour les dossiers déposés avant le 31 mai.");

        Assert.Empty(analysis.Quotes);
    }

    [Fact]
    public void Extract_TwoPlainPairsOnly_HaveNoQuotes()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "Noémie Castaing-Roux dirige la régie des eaux de Valbourg depuis 2022.",
            "Pourquoi avoir quitté le privé ?",
            "Parce que je voulais voir à quoi servait mon travail.",
            "Et après ?",
            "Après, je verrai bien ce que la ville me proposera.");

        Assert.Empty(analysis.Quotes);
    }
}
