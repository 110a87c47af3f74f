namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// An office in another wording (`el jefe del Ejecutivo`, `el técnico`, `el mandatario`) finds its holder, also when a headline
/// named the holder by surname alone (`Presidente Carvajal …`). Invented people.
/// </summary>
public sealed class OfficeWordingTests
{
    [Fact]
    public void Extract_HeadOfTheExecutiveForThePrimeMinister_ThePrimeMinister()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "El presidente del Gobierno, Ramón Ferrándiz, ha reconocido que «la votación ha sido un golpe».",
            "La portavoz de la oposición, Inés Sánchez-Mora, pidió elecciones. «Pero un golpe no es un final», ha sostenido el jefe del Ejecutivo.");

        Assert.Equal("Ramón Ferrándiz", analysis.SpeakerOf("Pero un golpe"));
    }

    [Fact]
    public void Extract_CoachForTheTrainer_TheTrainer()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "El entrenador Hernán Ruiz Paredes celebró el ascenso con el delantero Kevin Mamani.",
            "“Ahora a descansar dos días”, dijo el técnico.");

        Assert.Equal("Hernán Ruiz Paredes", analysis.SpeakerOf("Ahora a descansar"));
    }

    [Fact]
    public void Extract_HeadlineSurnameAndFullNameWithTheSameOffice_OnePersonNotATie()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "Presidente Carvajal anuncia un subsidio para los pescadores de la costa.",
            "El presidente Mauricio Carvajal Ibáñez anunció el lunes un subsidio mensual. El biólogo Esteban Murillo lo celebró.",
            "“Nadie que vive del mar va a quedar abandonado”, dijo el mandatario en la caleta.");

        Assert.Equal("Mauricio Carvajal Ibáñez", analysis.SpeakerOf("Nadie que vive del mar"));
    }
}
