namespace NewsBot.Core.Tests.Quotes.Languages.Structure;

/// <summary>
/// A role noun after the quote (`risponde la rettrice`, `disse a secretária`, `Per il primo cittadino`) when the last person
/// quoted holds another role, or a pronoun after `le ministre est resté vague.`: the person the article gave that office, not
/// the last speaker or man named. Invented people and outlets.
/// </summary>
public sealed class RomanceOfficeHolderTests
{
    [Theory]
    [InlineData(
        "it", "La rettrice Anna Ferri ha presentato ieri il piano dell’ateneo davanti al senato accademico.",
        "La sua vice, Marta Guidi, la descrive come una persona decisa. «Ascolta tutti, poi decide», spiega Guidi.",
        "«Il confronto è il sale dell’università», risponde la rettrice.", "il sale", "Anna Ferri")]
    [InlineData(
        "pt", "Segundo a secretária de Saúde, Luciana Prado, \"as doses já estão nos estados\".",
        "A enfermeira Denise Albuquerque trabalha há vinte anos num posto de saúde. \"As filas são grandes\", alertou.",
        "\"Vacinar é um ato de cuidado\", disse a secretária.", "Vacinar", "Luciana Prado")]
    [InlineData(
        "it", "«Nessuno è rimasto ferito», ha detto il sindaco Paolo Righetti.",
        "Il presidente della Regione, Andrea Colombo, è arrivato in mattinata. «Stanzieremo i fondi», ha assicurato il governatore.",
        "Per il primo cittadino, «servirà un mese per riaprire la strada».", "servirà un mese", "Paolo Righetti")]
    [InlineData(
        "fr", "Le ministre de l’Intérieur, Gérard Lemoine, a défendu mercredi sa réforme devant le Sénat.",
        "Pour le sénateur Hervé Plantier, « le débat ne fait que commencer ».",
        "Interrogé sur le calendrier, le ministre est resté vague. « Nous prendrons le temps qu’il faudra », a-t-il répondu.",
        "le temps", "Gérard Lemoine")]
    [InlineData(
        "es", "El director deportivo, Íñigo Larrañaga, presentó al delantero Mario Fuentes Gil.",
        "\"Quiero ganar títulos aquí\", dijo Fuentes. \"Estoy feliz\", añadió el jugador.",
        "La afición llenó la grada del estadio municipal.", "Estoy feliz", "Mario Fuentes Gil")]
    [InlineData(
        "es", "El investigador Carlos Pérez aseguró que el termómetro estaba bien calibrado.",
        "\"Tenemos muchas dudas\", opina en cambio Jorge Salas, meteorólogo de la agencia. \"Cada verano sube\", añade el investigador.",
        "La agencia publicará sus datos en marzo.", "Cada verano", "Jorge Salas")]
    [InlineData(
        "fr", "Le maire, Gilbert Faucheux, a inauguré samedi la nouvelle halle du marché.",
        "« Les commerçants attendaient ce jour depuis dix ans », a déclaré la présidente de l’association, Lucie Marrot.",
        "« Sans la halle, le centre-bourg se serait vidé », raconte l’édile.", "centre-bourg", "Gilbert Faucheux")]
    [InlineData(
        "pt", "O presidente da Câmara, Rui Fonseca, inaugurou no sábado o novo mercado municipal.",
        "“Os comerciantes esperavam este dia há dez anos”, disse a porta-voz da associação, Lúcia Marrocos.",
        "“Sem o mercado, o centro da vila ficava vazio”, afirmou o autarca.", "centro da vila", "Rui Fonseca")]
    public void Extract_RoleNounAfterAnotherSpeakersQuote_TheOneGivenThatRole(string language, string first, string second, string third, string fragment, string speaker)
    {
        // The last two: a wider noun for the speaker's own role (`el jugador` for `el delantero`), given to no one, and a turn in
        // the same paragraph (`añade el investigador` right after Salas, though Pérez was `el investigador`): the speaker stays.
        var analysis = ContinentalAttributionKit.ExtractIn(language, first, second, third);

        Assert.Equal(speaker, analysis.SpeakerContaining(fragment));
    }
}
