namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// A definite description as the subject of a reporting cue (`said the minister`, `sagte die Ministerin`, `a affirmé la
/// ministre`, `ha detto il ministro`, `dijo la ministra`, `disse a ministra`) is the one person the article gave that role;
/// with two such people, no such person, or a modifier that names another office, no one (issue 11). A bare role held by two
/// people is the one whose office names no body (`el presidente` beside `el presidente de la Asamblea`). Invented people.
/// </summary>
public sealed class DefiniteRoleSpeakerTests
{
    [Theory]
    [InlineData("en", "The finance minister, Harriet Vellacott, presented the harbour budget on Tuesday.", "Council leader Ossian Pryde called the plan late.", "“The ferry will sail again before the summer,” said the minister.", "The ferry", "Harriet Vellacott")]
    [InlineData("de", "Die Finanzministerin Henrike Vollbrecht stellte am Dienstag den Haushalt für den Hafen vor.", "Der Stadtrat Ossian Priebe nannte den Plan zu spät.", "„Die Fähre wird vor dem Sommer wieder fahren“, sagte die Ministerin.", "Die Fähre", "Henrike Vollbrecht")]
    [InlineData("fr", "La ministre des Finances, Hélène Marsaudon, a présenté mardi le budget du port.", "Le conseiller municipal Ossian Prodhon a jugé le plan tardif.", "« Le bac reprendra la mer avant l’été », a affirmé la ministre.", "Le bac", "Hélène Marsaudon")]
    [InlineData("es", "La ministra de Hacienda, Elena Valcárcel, presentó el martes el presupuesto del puerto.", "El concejal Osián Prieto calificó el plan de tardío.", "«El transbordador volverá a navegar antes del verano», dijo la ministra.", "El transbordador", "Elena Valcárcel")]
    [InlineData("it", "La ministra dell’Economia, Elena Valcarenghi, ha presentato martedì il bilancio del porto.", "Il consigliere Osvaldo Pradella ha definito il piano tardivo.", "«Il traghetto tornerà a navigare prima dell’estate», ha detto la ministra.", "Il traghetto", "Elena Valcarenghi")]
    [InlineData("pt", "A ministra das Finanças, Helena Valadares, apresentou na terça-feira o orçamento do porto.", "O vereador Osvaldo Pradinho considerou o plano tardio.", "“A balsa voltará a navegar antes do verão”, disse a ministra.", "A balsa", "Helena Valadares")]
    [InlineData("es", "El presidente Tomás Urquilla visitó el puerto el martes.", "El presidente de la Asamblea, Rodrigo Almendárez, abrió después la sesión.", "«El transbordador volverá a navegar antes del verano», agregó el presidente.", "El transbordador", "Tomás Urquilla")]
    [InlineData("fr", "Le président Thomas Urquel a visité le port mardi.", "Le président de l’Assemblée, Rodolphe Almérac, a ensuite ouvert la séance.", "« Le bac reprendra la mer avant l’été », a ajouté le président.", "Le bac", "Thomas Urquel")]
    [InlineData("it", "Il presidente Tommaso Urbinati ha visitato il porto martedì.", "Il presidente della Camera, Rodolfo Almerighi, ha poi aperto la seduta.", "«Il traghetto tornerà a navigare prima dell’estate», ha aggiunto il presidente.", "Il traghetto", "Tommaso Urbinati")]
    [InlineData("pt", "O presidente Tomás Urquiza visitou o porto na terça-feira.", "O presidente da Assembleia, Rodrigo Quaresma Vilhena, abriu depois a sessão.", "“A balsa voltará a navegar antes do verão”, acrescentou o presidente.", "A balsa", "Tomás Urquiza")]
    public void Extract_CueWithTheRoleOfOnePerson_ThatPerson(string language, string introduction, string other, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, introduction, other, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("en", "The finance minister, Harriet Vellacott, and the transport minister, Bartholomew Quenby, visited the harbour on Tuesday.", "“The ferry will sail again before the summer,” said the minister.", "The ferry")]
    [InlineData("de", "Die Finanzministerin Henrike Vollbrecht und die Verkehrsministerin Bettina Quandtke besuchten am Dienstag den Hafen.", "„Die Fähre wird vor dem Sommer wieder fahren“, sagte die Ministerin.", "Die Fähre")]
    [InlineData("fr", "La ministre des Finances, Hélène Marsaudon, et la ministre des Transports, Béatrice Quenelle, ont visité le port mardi.", "« Le bac reprendra la mer avant l’été », a affirmé la ministre.", "Le bac")]
    [InlineData("es", "La ministra de Hacienda, Elena Valcárcel, y la ministra de Transportes, Beatriz Quintanar, visitaron el puerto el martes.", "«El transbordador volverá a navegar antes del verano», dijo la ministra.", "El transbordador")]
    [InlineData("it", "La ministra dell’Economia, Elena Valcarenghi, e la ministra dei Trasporti, Beatrice Quintavalle, hanno visitato il porto martedì.", "«Il traghetto tornerà a navigare prima dell’estate», ha detto la ministra.", "Il traghetto")]
    [InlineData("pt", "A ministra das Finanças, Helena Valadares, e a ministra dos Transportes, Beatriz Quintela, visitaram o porto na terça-feira.", "“A balsa voltará a navegar antes do verão”, disse a ministra.", "A balsa")]
    public void Extract_TwoPeopleWithTheRole_NoOne(string language, string introduction, string paragraph, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, introduction, paragraph);

        Assert.Null(analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("en", "Harriet Vellacott met Ossian Pryde at the harbour on Tuesday.", "“The ferry will sail again before the summer,” said the minister.", "The ferry")]
    [InlineData("fr", "Hélène Marsaudon a rencontré Ossian Prodhon au port mardi.", "« Le bac reprendra la mer avant l’été », a affirmé la ministre.", "Le bac")]
    [InlineData("es", "Elena Valcárcel se reunió el martes con Osián Prieto en el puerto.", "«El transbordador volverá a navegar antes del verano», dijo la ministra.", "El transbordador")]
    [InlineData("it", "Elena Valcarenghi ha incontrato martedì Osvaldo Pradella al porto.", "«Il traghetto tornerà a navigare prima dell’estate», ha detto la ministra.", "Il traghetto")]
    public void Extract_RoleNeverGiven_NoOne(string language, string introduction, string paragraph, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, introduction, paragraph);

        Assert.Null(analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("en", "The finance minister, Harriet Vellacott, presented the harbour budget on Tuesday.", "“The ferry will sail again before the summer,” said the transport minister.", "The ferry")]
    [InlineData("fr", "La ministre des Finances, Hélène Marsaudon, a présenté mardi le budget du port.", "« Le bac reprendra la mer avant l’été », a affirmé la ministre des Transports.", "Le bac")]
    [InlineData("es", "La ministra de Hacienda, Elena Valcárcel, presentó el martes el presupuesto del puerto.", "«El transbordador volverá a navegar antes del verano», dijo la ministra de Transportes.", "El transbordador")]
    [InlineData("fr", "La ministre des Finances, Hélène Marsaudon, a présenté mardi le budget du port.", "« Le bac reprendra la mer avant l’été », a affirmé l’ancienne ministre.", "Le bac")]
    [InlineData("it", "La ministra dell’Economia, Elena Valcarenghi, ha presentato martedì il bilancio del porto.", "«Il traghetto tornerà a navigare prima dell’estate», ha detto la ministra dei Trasporti.", "Il traghetto")]
    [InlineData("pt", "A ministra das Finanças, Helena Valadares, apresentou na terça-feira o orçamento do porto.", "“A balsa voltará a navegar antes do verão”, disse a ministra dos Transportes.", "A balsa")]
    public void Extract_ModifierNamingAnotherOffice_NoOne(string language, string introduction, string paragraph, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, introduction, paragraph);

        Assert.Null(analysis.SpeakerOf(quote));
    }
}
