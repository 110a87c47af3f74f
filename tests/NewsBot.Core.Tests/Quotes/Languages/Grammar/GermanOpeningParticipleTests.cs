namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>A German verb-second lead whose opening phrase ends in a participle (`An Weber gerichtet sagte Lindner:`). Invented people.</summary>
public sealed class GermanOpeningParticipleTests
{
    private const string Meeting = "Die Bürgermeisterin von Kleinfeld, Greta Lindner, traf am Montag den Reeder Paul Weber im Rathaus.";

    [Theory]
    [InlineData("An Weber gerichtet sagte Lindner: „Die Fähre muss vor dem Winter fahren.“", "Greta Lindner")]
    [InlineData("An Lindner gerichtet sagte Weber: „Die Fähre muss vor dem Winter fahren.“", "Paul Weber")]
    [InlineData("Auf die Kritik angesprochen sagte Weber: „Die Fähre muss vor dem Winter fahren.“", "Paul Weber")]
    [InlineData("Nach der Mole gefragt antwortete Lindner: „Die Fähre muss vor dem Winter fahren.“", "Greta Lindner")]
    public void Extract_OpeningPhraseEndsInParticiple_TheSubjectAfterTheVerbSpeaks(string sentence, string speaker)
    {
        Assert.Equal(speaker, GermanStructureKit.SpeakerIn(Meeting + " | " + sentence, "vor dem Winter"));
    }
}
