namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// Antecedents French, Spanish, Italian and Portuguese papers leave outside the subject slot: an office named with the body
/// it heads before the name (`le ministre de l'Intérieur Gérard Vautrin … a déclaré le ministre`), the person met as an object
/// whom a later pronoun means (`on rencontre Léonie Castagnet. Elle … soupire-t-elle`), the agent of a passive whom a dropped
/// subject continues (`fue abordado por el presidente Julio Pardo. “…”, dijo.`) and the subject after a clause-opening
/// preterite (`Al sitio llegó el coronel José Galindo … puntualizó el oficial`); an office of a body the speaker before was
/// never given does not go on with that speaker's turn (`affirme le porte-parole de l'armée de terre`).
/// Invented people.
/// </summary>
public sealed class RomanceAntecedentTests
{
    [Theory]
    [InlineData("fr", "Le ministre de l'Intérieur Gérard Vautrin a réagi dans la soirée.", "« Nous ne céderons rien face aux casseurs », a déclaré le ministre.", "Nous ne céderons", "Gérard Vautrin")]
    [InlineData("fr", "La ministre de la Culture Aline Ferrand a visité le musée mardi.", "« Ce lieu doit rester ouvert à tous les publics », a expliqué la ministre.", "Ce lieu doit", "Aline Ferrand")]
    [InlineData("es", "El ministro de Economía Carlos Méndez habló ayer en Valdeluz.", "“No habrá nuevos impuestos para las familias”, dijo el ministro.", "No habrá", "Carlos Méndez")]
    [InlineData("pt", "O ministro da Economia Carlos Mendes falou ontem em Vilamar.", "“Não haverá novos impostos para as famílias”, disse o ministro.", "Não haverá", "Carlos Mendes")]
    public void Extract_OfficeOfABodyBeforeTheName_RoleBackReferenceFindsThePerson(string language, string introduction, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, introduction, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("fr", "Non loin de là, on rencontre Léonie Castagnet. Elle vit la mobilisation de près. « Ce qu'on nous annonce, c'est la fin de l'université, soupire-t-elle. Je vois ma mère qui travaille dur tous les jours. »", "Ce qu'on nous", "Léonie Castagnet")]
    [InlineData("es", "Conversamos con Ana Ribera en su casa. Ella vive en Valdeluz desde hace diez años. “La ciudad ha cambiado mucho en estos años”, cuenta ella.", "La ciudad ha", "Ana Ribera")]
    [InlineData("pt", "Conversamos com Ana Ribeiro em sua casa. Ela vive em Vilamar há dez anos. “A cidade mudou muito nestes anos”, conta ela.", "A cidade mudou", "Ana Ribeiro")]
    public void Extract_PronounAfterAPersonMetAsAnObject_ThatPerson(string language, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }

    [Fact]
    public void Extract_PronounAfterTwoPeopleMetAsObjects_NoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "Non loin de là, on rencontre Léonie Castagnet et Maëlle Trobrand. Elle vit la mobilisation de près. « Ce qu'on nous annonce, c'est la fin de l'université », soupire-t-elle.");

        Assert.Null(analysis.SpeakerOf("Ce qu'on nous"));
    }

    [Theory]
    [InlineData("es", "El presidente Tomás Ibarra habló ayer con la prensa. “Necesitamos recuperar la legitimidad de las policías”, dijo.", "El asunto también fue abordado ayer por el presidente Julio Pardo. “Necesitamos recuperar la confianza de los vecinos”, dijo.", "Necesitamos recuperar la confianza", "Julio Pardo")]
    [InlineData("pt", "O presidente Tomás Ibarra falou ontem com a imprensa. “Precisamos recuperar a legitimidade das polícias”, disse.", "O assunto também foi abordado ontem pelo presidente Júlio Pardo. “Precisamos recuperar a confiança dos vizinhos”, disse.", "Precisamos recuperar a confiança", "Júlio Pardo")]
    public void Extract_DroppedSubjectAfterAPassiveAgent_TheAgentNotTheSpeakerBefore(string language, string before, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("es", "“Los vecinos temen lo peor”, dijo la alcaldesa Marta Ruiz.", "Al sitio llegó el coronel José Galindo, comandante de la policía, y dijo que reforzaron la seguridad.", "“La policía se encuentra aquí apoyando todas las actividades”, puntualizó el oficial.", "La policía", "José Galindo")]
    [InlineData("es", "“Los vecinos temen lo peor”, dijo la alcaldesa Marta Ruiz.", "Ayer habló el diputado Raúl Ortega en la sesión del concejo.", "“No vamos a dejar a nadie solo”, aseguró el legislador.", "No vamos", "Raúl Ortega")]
    public void Extract_SubjectAfterAClauseOpeningPreterite_TheDescriptionAfterFindsIt(string language, string before, string arrival, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, arrival, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("fr", "« La croissance tient bon face à la conjoncture », a prévenu le commissaire à l'économie Paul Marchand.", "L'armée a libéré 40 otages dans le nord. « Nous sommes toujours en train de compter les personnes sauvées », affirme le porte-parole de l'armée de terre.", "Nous sommes toujours")]
    [InlineData("es", "“La economía resiste frente a la coyuntura”, advirtió el comisario de Economía Pablo Marchena.", "El ejército liberó a 40 rehenes en el norte. “Seguimos contando a las personas rescatadas”, afirmó el portavoz del ejército.", "Seguimos contando")]
    public void Extract_OfficeOfABodyTheSpeakerBeforeWasNeverGiven_NotThatSpeaker(string language, string before, string paragraph, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, paragraph);

        Assert.Null(analysis.SpeakerOf(quote));
    }
}
