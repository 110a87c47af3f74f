using static NewsBot.Core.Tests.Quotes.Languages.Grammar.GermanStructureKit;

namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>Noble names (`Paul zu Hohenfels`, `Greta von Steinach`) beside a namesake with the same given name. Invented people.</summary>
public sealed class GermanNobleNameTests
{
    private const string Opening = "Der Reeder Paul Weber und die Reederin Anna Kraus sind zufrieden. | ";
    private const string Quote = "„Die Fähre fährt ab März wieder nach Kleinfeld“, ";

    [Theory]
    [InlineData("sagte der Reeder Paul zu Hohenfels.", "Paul zu Hohenfels")]
    [InlineData("sagte der Reeder Paul zu Wettering.", "Paul zu Wettering")]
    [InlineData("sagte der Reeder Paul von Hohenfels.", "Paul von Hohenfels")]
    [InlineData("sagte der Reeder Paul von und zu Hohenfels.", "Paul von und zu Hohenfels")]
    [InlineData("sagte der Reeder Paul vom Tarrek.", "Paul vom Tarrek")]
    [InlineData("sagte der Reeder Paul zum Tarrek.", "Paul zum Tarrek")]
    [InlineData("sagte die Reederin Anna zur Hohenfels.", "Anna zur Hohenfels")]
    [InlineData("sagte der Reeder Paul van Hohenfels.", "Paul van Hohenfels")]
    [InlineData("sagte der Reeder Paul de Hohenfels.", "Paul de Hohenfels")]
    [InlineData("sagte Paul zu Hohenfels.", "Paul zu Hohenfels")]
    public void Extract_NobleNameInTail_TheWholeName(string tail, string speaker)
    {
        Assert.Equal(speaker, SpeakerIn(Opening + Quote + tail, "ab März"));
    }

    [Theory]
    [InlineData("Paul zu Hohenfels sagte: „Die Fähre fährt ab März wieder nach Kleinfeld.“", "Paul zu Hohenfels")]
    [InlineData("Der Reeder Paul von Hohenfels sagte: „Die Fähre fährt ab März wieder nach Kleinfeld.“", "Paul von Hohenfels")]
    [InlineData("Laut Paul zu Hohenfels ist der Hafen bereit. „Die Fähre fährt ab März wieder nach Kleinfeld“, sagte zu Hohenfels.", "Paul zu Hohenfels")]
    [InlineData("Der Reeder Paul zu Hohenfels ist zufrieden. | „Die Fähre fährt ab März wieder nach Kleinfeld“, sagte zu Hohenfels.", "Paul zu Hohenfels")]
    [InlineData("Der Reeder Paul von Hohenfels ist zufrieden. | „Die Fähre fährt ab März wieder nach Kleinfeld“, sagte von Hohenfels.", "Paul von Hohenfels")]
    [InlineData("Der Reeder Paul von Hohenfels ist zufrieden. | „Die Fähre fährt ab März wieder nach Kleinfeld“, sagte Hohenfels.", "Paul von Hohenfels")]
    public void Extract_NobleNameInLeadOrAfterPreposition_TheWholeName(string passage, string speaker)
    {
        Assert.Equal(speaker, SpeakerIn(Opening + passage, "ab März"));
    }

    [Fact]
    public void Extract_NobleNameAfterPrepositionThenParticleAndSurname_NotTheNamesake()
    {
        var passage = Opening + "Mit Paul zu Hohenfels hat die Stadt gesprochen. | " + Quote + "sagte zu Hohenfels.";

        Assert.NotEqual("Paul Weber", SpeakerIn(passage, "ab März"));
    }

    [Theory]
    [InlineData("sagte Anna vom Hafenamt.")]
    [InlineData("sagte Anna vom Ordnungsamt.")]
    [InlineData("sagte Anna zum Stadtrat.")]
    public void Extract_GivenNameThenVomOrZumAndBody_NoNobleName(string tail)
    {
        var passage = "Die Reederin Anna Kraus ist zufrieden. | " + Quote + tail;

        Assert.Equal("Anna Kraus", SpeakerIn(passage, "ab März"));
    }
}
