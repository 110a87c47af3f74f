namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>People a German cue names who do not speak: recipients, objects, owners of the speaker, a person spoken about. Invented people.</summary>
public sealed class GermanRecipientStructureTests
{
    private const string Meeting = "Die Bürgermeisterin von Kleinfeld, Greta Lindner, traf am Montag den Reeder Paul Weber im Rathaus.";

    [Theory]
    [InlineData("„Die Fähre muss vor dem Winter fahren“, sagte sie der Zeitung.", "Greta Lindner")]
    [InlineData("„Die Fähre muss vor dem Winter fahren“, sagte er der Zeitung.", "Paul Weber")]
    [InlineData("„Die Fähre muss vor dem Winter fahren“, sagte sie zu Weber.", "Greta Lindner")]
    [InlineData("„Die Fähre muss vor dem Winter fahren“, sagte Lindner zu Weber.", "Greta Lindner")]
    [InlineData("„Die Fähre muss vor dem Winter fahren“, sagte Lindner über Weber.", "Greta Lindner")]
    [InlineData("„Die Fähre muss vor dem Winter fahren“, sagte Lindner gegenüber Weber.", "Greta Lindner")]
    [InlineData("„Die Fähre muss vor dem Winter fahren“, sagte Lindner dem Reeder Paul Weber.", "Greta Lindner")]
    [InlineData("„Die Fähre muss vor dem Winter fahren“, sagte Lindner an Weber gerichtet.", "Greta Lindner")]
    [InlineData("„Die Fähre muss vor dem Winter fahren“, schrieb Lindner in einem Brief an Weber.", "Greta Lindner")]
    [InlineData("„Die Fähre muss vor dem Winter fahren“, sagte Lindner über ihren Vorgänger Klaus Berg.", "Greta Lindner")]
    [InlineData("„Die Fähre muss vor dem Winter fahren“, antwortete Lindner auf eine Frage Webers.", "Greta Lindner")]
    [InlineData("„Die Fähre muss vor dem Winter fahren“, warf Weber der Bürgermeisterin vor.", "Paul Weber")]
    [InlineData("„Die Fähre muss vor dem Winter fahren“, sagte Lindner der „Kleinfelder Rundschau“.", "Greta Lindner")]
    [InlineData("Über Weber sagte Lindner: „Die Fähre muss vor dem Winter fahren.“", "Greta Lindner")]
    [InlineData("Über Weber sagte sie: „Die Fähre muss vor dem Winter fahren.“", "Greta Lindner")]
    [InlineData("In einem Brief an Weber schrieb Lindner: „Die Fähre muss vor dem Winter fahren.“", "Greta Lindner")]
    [InlineData("Lindner kritisierte Weber: „Die Fähre muss vor dem Winter fahren.“", "Greta Lindner")]
    [InlineData("Weber kritisierte Lindner: „Die Fähre muss vor dem Winter fahren.“", "Paul Weber")]
    [InlineData("Danach kritisierte Weber: „Die Fähre muss vor dem Winter fahren.“", "Paul Weber")]
    [InlineData("Lindner antwortete Weber: „Die Fähre muss vor dem Winter fahren.“", "Greta Lindner")]
    [InlineData("Webers Anwältin Hanna Roth sagte: „Die Fähre muss vor dem Winter fahren.“", "Hanna Roth")]
    [InlineData("„Die Fähre muss vor dem Winter fahren“, sagte Webers Anwältin Hanna Roth.", "Hanna Roth")]
    [InlineData("Der Anwalt von Paul Weber, Jan Roth, sagte: „Die Fähre muss vor dem Winter fahren.“", "Jan Roth")]
    [InlineData("Webers Anwalt sagte: „Die Fähre muss vor dem Winter fahren.“", null)]
    [InlineData("„Die Fähre muss vor dem Winter fahren“, sagte Webers Anwalt.", null)]
    [InlineData("Ein Freund Webers sagte: „Die Fähre muss vor dem Winter fahren.“", null)]
    [InlineData("„Die Fähre muss vor dem Winter fahren“, sagte ein Freund Webers.", null)]
    [InlineData("„Die Fähre muss vor dem Winter fahren“, sagte ein Freund von Weber.", null)]
    [InlineData("„Die Fähre muss vor dem Winter fahren“, sagte eine Nachbarin Lindners.", null)]
    public void Extract_PersonNamedBesideTheCue_OnlyTheSubjectSpeaks(string sentence, string? speaker)
    {
        Assert.Equal(speaker, GermanStructureKit.SpeakerIn(Meeting + " | " + sentence, "vor dem Winter"));
    }
}
