namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// Dialogue dashes in French, Spanish and Portuguese: a paragraph that opens with a dash is a turn of speech, split by its
/// attribution, and an interview's answers follow its questions; dashes that are parentheses, bullets or title marks quote
/// no one. Invented people, places and outlets.
/// </summary>
public sealed class DialogueTurnsTests
{
    [Theory]
    [InlineData(
        "pt", "O presidente da câmara, Rui Valadares, falou aos jornalistas depois da reunião.",
        "— Não vamos fechar a ponte — afirmou Rui Valadares, à saída da reunião. — A obra começa em maio e acaba em setembro.",
        "Não vamos fechar a ponte", "A obra começa em maio", "Rui Valadares")]
    [InlineData(
        "fr", "La maire de Valbourg, Odile Ferrant, est venue mardi à la rencontre des pêcheurs sur le quai.",
        "— On ne lâchera rien, lance Odile Ferrant en sortant de la mairie. Nous serons là demain avec les pêcheurs.",
        "On ne lâchera rien", "Nous serons là demain", "Odile Ferrant")]
    [InlineData(
        "es", "La alcaldesa de Valdeluz, Inés Carvajal, visitó el martes las obras del muelle norte.",
        "—No vamos a cerrar el puerto —dijo Inés Carvajal—. La obra empieza en mayo y termina en septiembre.",
        "No vamos a cerrar el puerto", "La obra empieza en mayo", "Inés Carvajal")]
    public void Extract_TurnWithAttribution_SpeechBeforeAndAfterIsTheSpeakers(
        string language, string lead, string turn, string before, string after, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, lead, turn);

        Assert.Equal(speaker, analysis.SpeakerContaining(before));
        Assert.Equal(speaker, analysis.SpeakerContaining(after));
    }

    [Theory]
    [InlineData("fr", "— Madame la directrice, quand rouvrirez-vous le bac ?", "— Dès lundi, si la mer le permet. Les équipes sont prêtes.", "Dès lundi")]
    [InlineData("es", "—¿Cuándo volverá a funcionar el transbordador?", "—El lunes, si el mar lo permite. Los equipos están listos.", "El lunes")]
    [InlineData("pt", "— A senhora prometeu reabrir a balsa. Quando?", "— Na segunda-feira, se o mar deixar. As equipas estão prontas.", "Na segunda-feira")]
    public void Extract_InterviewAnswerAfterQuestion_AnswerIsAQuoteAndQuestionIsNot(string language, string question, string answer, string fragment)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, question, answer);

        var quote = Assert.Single(analysis.Quotes.Concat(analysis.Mentions));
        Assert.Contains(fragment, quote.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Entretien avec la directrice du port, Odile Ferrant", "— Madame la directrice, quand rouvrirez-vous le bac ?", "— Dès lundi, si la mer le permet.", "Dès lundi", "Odile Ferrant")]
    [InlineData("es", "Entrevista a la directora del puerto, Inés Carvajal", "—¿Cuándo volverá a funcionar el transbordador?", "—El lunes, si el mar lo permite.", "El lunes", "Inés Carvajal")]
    [InlineData("es", "Entrevista a la directora del puerto, Inés Carvajal", "—¿Y los barcos de pesca?", "—Volverán en abril —responde sin dudar—. Los equipos están listos.", "Los equipos", "Inés Carvajal")]
    [InlineData("pt", "Entrevista: Rita Valadares, diretora do porto", "— Quando volta a funcionar a balsa?", "— Na segunda-feira, se o mar deixar.", "Na segunda-feira", "Rita Valadares")]
    public void Extract_InterviewAnswer_TheNamedInterviewee(string language, string title, string question, string answer, string fragment, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, title, question, answer);

        Assert.Equal(speaker, analysis.SpeakerContaining(fragment));
    }

    [Theory]
    [InlineData("fr", "— Trois millions pour le quai nord.", "— Deux navettes de plus pendant l'été.")]
    [InlineData("es", "—Tres millones para el muelle norte.", "—Dos lanzaderas más durante el verano.")]
    [InlineData("pt", "— Três milhões para o cais norte.", "— Duas lanchas a mais durante o verão.")]
    [InlineData("fr", "— Le budget — voté hier soir par le conseil — prévoit trois navettes.", "Le conseil se réunira de nouveau en mars.")]
    [InlineData("pt", "— Exclusivo — O porto reabre na segunda-feira", "A câmara confirmou a data na terça-feira.")]
    public void Extract_BulletsParenthesesAndTitleDashes_NoQuote(string language, string first, string second)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, first, second);

        Assert.Empty(analysis.Quotes);
    }
}
