namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`kritisierte die Stadträtin`: a woman's title with the stem's umlaut still names the role. Invented people.</summary>
public sealed class GermanFeminineRoleTests
{
    [Theory]
    [InlineData("Stadträtin")]
    [InlineData("Landesrätin")]
    [InlineData("Anwältin")]
    public void Extract_RoleBackReferenceWithUmlautedFeminine_NamesTheHolder(string role)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            $"Für {role} Elke Brunsmann ist das ein Alarmsignal. „So kann man mit dem Geld nicht umgehen“, kritisierte die {role}.");

        Assert.Equal("Elke Brunsmann", analysis.SpeakerOf("So kann man"));
    }

    [Fact]
    public void Extract_CouncillorTitleBeforeAName_StaysOutOfTheName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "„Die Fähre muss wieder fahren“, sagte Stadträtin Elke Brunsmann am Montag.");

        Assert.Equal("Elke Brunsmann", analysis.SpeakerOf("Die Fähre"));
    }
}
