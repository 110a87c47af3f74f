namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// Clause roles French, Spanish, Italian and Portuguese papers leave for the attributor to read (issue 11): the agent of a
/// passive behind a capitalised title (`por el Presidente Gabriel Roca`) and in Italian (`dal presidente`), a name that is
/// the object of another named person's verb (`Villegas recibió al embajador Pablo Herrera`: a dropped subject or pronoun
/// after it could be either), a clause of time after the verb (`dijo al ser consultado sobre …`), a date after the verb
/// (`manifestó el 10 de abril que`), a name the lexicon does not know after a role noun (`el presidente Nayem Bukaro`) and a
/// colon lead naming someone else (the last speaker's turn does not carry into its quote). Invented people.
/// </summary>
public sealed class RomanceClauseRoleTests
{
    [Theory]
    [InlineData("es", "“Este plan cambiará la vida de miles de familias”, dijo la ministra Lucía Ferrer.", "El tema también fue abordado ayer por el Presidente Gabriel Roca en una entrevista con una radio local. “Necesitamos recuperar la confianza de la gente”, dijo.", "Necesitamos", "Gabriel Roca")]
    [InlineData("fr", "« Ce plan changera la vie de milliers de familles », a déclaré la ministre Lucie Ferrer.", "Le sujet a aussi été abordé hier par le Président Gabriel Roca lors d’un entretien avec une radio locale. « Nous devons retrouver la confiance des gens », a-t-il dit.", "Nous devons", "Gabriel Roca")]
    [InlineData("it", "«Questo piano cambierà la vita di migliaia di famiglie», ha detto la ministra Lucia Ferri.", "Il tema è stato affrontato ieri anche dal Presidente Gabriele Rocca in un’intervista a una radio locale. «Dobbiamo recuperare la fiducia della gente», ha detto.", "Dobbiamo", "Gabriele Rocca")]
    [InlineData("it", "«Questo piano cambierà la vita di migliaia di famiglie», ha detto la ministra Lucia Ferri.", "Il tema è stato affrontato ieri anche dal presidente Gabriele Rocca in un’intervista a una radio locale. «Dobbiamo recuperare la fiducia della gente», ha detto.", "Dobbiamo", "Gabriele Rocca")]
    [InlineData("pt", "“Este plano vai mudar a vida de milhares de famílias”, disse a ministra Lúcia Ferreira.", "O tema também foi abordado ontem pelo Presidente Gabriel Rocha numa entrevista a uma rádio local. “Precisamos recuperar a confiança das pessoas”, disse.", "Precisamos", "Gabriel Rocha")]
    public void Extract_DroppedSubjectAfterAPassiveAgentWithATitle_TheAgent(string language, string before, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("es", "El canciller Andrés Villegas habló con la prensa por la mañana.", "Tras la reunión, Villegas recibió al embajador Pablo Herrera. “No hay que apresurarse con el acuerdo”, indicó.", "No hay")]
    [InlineData("fr", "Le ministre André Villegas a parlé à la presse le matin.", "Après la réunion, Villegas a reçu l’ambassadeur Paul Herrera. « Il ne faut pas se précipiter sur cet accord », a-t-il indiqué.", "Il ne faut")]
    [InlineData("it", "Il ministro Andrea Villani ha parlato con la stampa in mattinata.", "Dopo la riunione, Villani ha ricevuto l’ambasciatore Paolo Ferraris. «Non bisogna avere fretta con questo accordo», ha spiegato.", "Non bisogna")]
    [InlineData("pt", "O chanceler André Vilela falou com a imprensa pela manhã.", "Depois da reunião, Vilela recebeu o embaixador Paulo Herrera. “Não é preciso ter pressa com o acordo”, afirmou.", "Não é preciso")]
    public void Extract_AfterANameThatIsTheObjectOfAnotherNamedPerson_NoOne(string language, string before, string paragraph, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, paragraph);

        Assert.Null(analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("es", "“Este plan cambiará la vida de miles de familias”, dijo la ministra Lucía Ferrer.", "El tema también fue abordado ayer por el presidente Gabriel Roca. “Necesitamos recuperar la confianza de la gente”, dijo al ser consultado sobre las solicitudes de renuncia del director.", "Necesitamos", "Gabriel Roca")]
    [InlineData("pt", "“Este plano vai mudar a vida de milhares de famílias”, disse a ministra Lúcia Ferreira.", "O tema também foi abordado ontem pelo presidente Gabriel Rocha. “Precisamos recuperar a confiança das pessoas”, disse ao ser questionado sobre os pedidos de demissão do diretor.", "Precisamos", "Gabriel Rocha")]
    public void Extract_ClauseOfTimeAfterTheVerb_TheDroppedSubjectStillSpeaks(string language, string before, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("es", "El presidente Tomás Ibarra viajó a la capital para la cumbre regional.", "La secretaria de Estado, Ana Ribera, manifestó el 10 de abril que el Gobierno “está muy preocupado por la violencia en el país”.", "está muy", "Ana Ribera")]
    [InlineData("fr", "Le président Thomas Ibarra s’est rendu à la capitale pour le sommet régional.", "La secrétaire d’État, Anne Ribière, a déclaré le 10 avril que le gouvernement « est très inquiet de la violence dans le pays ».", "est très", "Anne Ribière")]
    [InlineData("it", "Il presidente Tommaso Ibba è andato nella capitale per il vertice regionale.", "La segretaria di Stato, Anna Ribera, ha dichiarato il 10 aprile che il governo «è molto preoccupato per la violenza nel paese».", "è molto", "Anna Ribera")]
    [InlineData("pt", "O presidente Tomás Ibarra viajou à capital para a cúpula regional.", "A secretária de Estado, Ana Ribeiro, afirmou o último 10 de abril que o governo “está muito preocupado com a violência no país”.", "está muito", "Ana Ribeiro")]
    public void Extract_DateAfterTheReportingVerb_NotTheSubject(string language, string before, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("es", "“Este plan cambiará la vida de miles de familias”, dijo la ministra Lucía Ferrer.", "El presidente Nayem Bukaro difundió un video en su cuenta. “Estos son los referentes de la comunidad internacional”, agregó.", "Estos son")]
    [InlineData("fr", "« Ce plan changera la vie de milliers de familles », a déclaré la ministre Lucie Ferrer.", "Le président Nayem Bukaro a diffusé une vidéo sur son compte. « Voilà les références de la communauté internationale », a-t-il ajouté.", "Voilà les")]
    [InlineData("it", "«Questo piano cambierà la vita di migliaia di famiglie», ha detto la ministra Lucia Ferri.", "Il presidente Nayem Bukaro ha diffuso un video sul suo profilo. «Ecco i riferimenti della comunità internazionale», ha aggiunto.", "Ecco i")]
    [InlineData("pt", "“Este plano vai mudar a vida de milhares de famílias”, disse a ministra Lúcia Ferreira.", "O presidente Nayem Bukaro divulgou um vídeo na sua conta. “Estas são as referências da comunidade internacional”, acrescentou.", "Estas são")]
    public void Extract_UnknownNameAfterARoleNoun_ThatPerson(string language, string before, string paragraph, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, paragraph);

        Assert.Equal("Nayem Bukaro", analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("fr", "Laura Frémy analyse la voix de la radio, « intime et rieuse, un mélange de charme et d’ironie », selon Kriss Graffiti. L’émergence des podcasts confirme aujourd’hui pour Mathilde Bernard que le média audio permet un traitement différent des sujets : « le long terme ne peut être géré que par le langage ».", "intime et", "Kriss Graffiti", "le long terme")]
    [InlineData("es", "Laura Frías analiza la voz de la radio, “íntima y risueña, una mezcla de encanto y de ironía”, según Cristina Grafe. La llegada de los pódcasts confirma hoy para Matilde Bernal que el medio sonoro permite otro trato de los temas: “el largo plazo solo puede manejarse con el lenguaje”.", "íntima y", "Cristina Grafe", "el largo plazo")]
    [InlineData("it", "Laura Frati analizza la voce della radio, «intima e ridente, un misto di fascino e di ironia», secondo Cristina Grafe. L’arrivo dei podcast conferma oggi per Matilde Bernardi che il mezzo sonoro permette un trattamento diverso dei temi: «il lungo periodo può essere gestito solo dal linguaggio».", "intima e", "Cristina Grafe", "il lungo periodo")]
    [InlineData("pt", "Laura Frias analisa a voz do rádio, “íntima e risonha, uma mistura de charme e de ironia”, segundo Cristina Grafe. A chegada dos podcasts confirma hoje para Matilde Bernardes que o meio sonoro permite outro tratamento dos temas: “o longo prazo só pode ser gerido pela linguagem”.", "íntima e", "Cristina Grafe", "o longo prazo")]
    public void Extract_ColonLeadNamingSomeoneElse_LastSpeakersTurnStops(string language, string paragraph, string first, string firstSpeaker, string led)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, paragraph);

        Assert.Equal(firstSpeaker, analysis.SpeakerOf(first));
        Assert.Null(analysis.SpeakerOf(led));
    }
}
