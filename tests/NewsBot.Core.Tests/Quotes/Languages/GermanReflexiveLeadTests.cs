namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`äußerte sich die Ministerin dazu: „…“`: a known reporting verb, its reflexive, then the described subject. Invented people.</summary>
public sealed class GermanReflexiveLeadTests
{
    [Theory]
    [InlineData("Die Ministerin Hanna Roth will den Anleger erneuern lassen.", "Am Montag äußerte sich die Ministerin dazu:", "Hanna Roth")]
    [InlineData("Der Trainer Lukas Brenner sah ein spätes Tor seiner Elf.", "Danach zeigte sich der Trainer zufrieden:", "Lukas Brenner")]
    [InlineData("Die Ministerin Clara Vogt besuchte die Werft in Kranstadt.", "Danach äußerte sich auch die Ministerin zur Lage:", "Clara Vogt")]
    [InlineData("Die Ministerin Hanna Roth und die Ministerin Eva Kunz stritten über den Anleger.", "Am Montag äußerte sich die Ministerin dazu:", null)]
    public void Extract_ReflexiveVerbThenDescription_ResolvesTheOneRoleHolder(string before, string lead, string? expected)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", before, lead + " „Die Fähre fährt zu selten.“");

        Assert.Equal(expected, analysis.SpeakerOf("Die Fähre fährt"));
    }

    [Fact]
    public void Extract_ReflexiveVerbThenName_NamesThePerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Im Hafen äußerte sich Hanna Roth am Abend: „Die Fähre fährt zu selten.“");

        Assert.Equal("Hanna Roth", analysis.SpeakerOf("Die Fähre fährt"));
    }
}
