namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>German interviews with labelled turns, and subjects separated from their verb by long inserted clauses. Invented people.</summary>
public sealed class GermanInterviewStructureTests
{
    private const string Intro = "Greta Lindner ist seit 2019 Bürgermeisterin von Kleinfeld. Mit ihr sprach unser Reporter Jan Berg über die Fähre.";

    [Theory]
    [InlineData("Frage: „Wann fährt die Fähre wieder nach Nordholm?“ | Lindner: „Ab März, wenn die Mole frei ist.“", "Nordholm", null)]
    [InlineData("Frage: „Wann fährt die Fähre wieder nach Nordholm?“ | Lindner: „Ab März, wenn die Mole frei ist.“", "Mole frei", "Greta Lindner")]
    [InlineData("Berg: „Wann fährt die Fähre wieder nach Nordholm?“ | Lindner: „Ab März, wenn die Mole frei ist.“", "Mole frei", "Greta Lindner")]
    [InlineData("Greta Lindner, die seit 2019 Bürgermeisterin ist und zuvor zwölf Jahre lang die Hafenbehörde von Kleinfeld geleitet hatte, sagte am Montag: „Ab März, wenn die Mole frei ist.“", "Mole frei", "Greta Lindner")]
    [InlineData("Greta Lindner, die im Streit mit dem Reeder Paul Weber seit Wochen nach einer Lösung sucht, sagte am Montag: „Ab März, wenn die Mole frei ist.“", "Mole frei", "Greta Lindner")]
    [InlineData("„Ab März, wenn die Mole frei ist“, sagte Lindner, die im Streit mit dem Reeder Paul Weber seit Wochen nach einer Lösung sucht.", "Mole frei", "Greta Lindner")]
    [InlineData("Der Reeder Paul Weber, dessen Firma die Fähre seit dem Sturm im Januar nicht mehr einsetzen kann, erklärte: „Ab März, wenn die Mole frei ist.“", "Mole frei", "Paul Weber")]
    public void Extract_InterviewTurnOrLongApposition_TheLabelledOrSubjectSpeaker(string passage, string fragment, string? speaker)
    {
        Assert.Equal(speaker, GermanStructureKit.SpeakerIn(Intro + " | " + passage, fragment));
    }
}
