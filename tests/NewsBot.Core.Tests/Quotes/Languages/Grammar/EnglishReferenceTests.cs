namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>English speakers referred back to: pronouns, surnames with honorifics, role nouns, titles, abbreviations and particles. Invented people.</summary>
public sealed class EnglishReferenceTests
{
    [Theory]
    [InlineData("“The ferry will run again before the winter,” she added.")]
    [InlineData("“The ferry will run again before the winter,” said Whitcombe.")]
    [InlineData("“The ferry will run again before the winter,” Whitcombe said.")]
    [InlineData("“The ferry will run again before the winter,” Ms. Whitcombe said.")]
    [InlineData("“The ferry will run again before the winter,” Ms Whitcombe said.")]
    [InlineData("“The ferry will run again before the winter,” Mrs. Whitcombe said.")]
    [InlineData("“The ferry will run again before the winter,” the mayor said.")]
    [InlineData("“The ferry will run again before the winter,” said the mayor.")]
    [InlineData("“The ferry will run again before the winter,” the mayor told reporters.")]
    [InlineData("The mayor added: “The ferry will run again before the winter.”")]
    [InlineData("She added: “The ferry will run again before the winter.”")]
    [InlineData("“The ferry will run again before the winter,” the 54-year-old said.")]
    public void Extract_ReferenceToTheMayorNamedBefore_TheMayor(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en", "The mayor of Eastfield, Ellen Whitcombe, visited the quay on Monday with the fishermen.",
            "“We have lost two boats and a lot of nets,” Whitcombe told reporters.", sentence);

        Assert.Equal("Ellen Whitcombe", analysis.SpeakerContaining("ferry will run"));
    }

    [Fact]
    public void Extract_SecondQuoteOfATurnWithPronoun_TheSameSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en", "“We have lost two boats and a lot of nets,” said the fisheries minister, Daniel Ashcombe.",
            "The minister then toured the fish market with the boat owners.", "“The ferry will run again before the winter,” he added.");

        Assert.Equal("Daniel Ashcombe", analysis.SpeakerContaining("ferry will run"));
    }

    [Theory]
    [InlineData("Dr.")]
    [InlineData("Dr")]
    [InlineData("Prof.")]
    [InlineData("Sen.")]
    [InlineData("Rep.")]
    [InlineData("Gov.")]
    [InlineData("Lt. Gov.")]
    [InlineData("Gen.")]
    [InlineData("Maj. Gen.")]
    [InlineData("Brig. Gen.")]
    [InlineData("Lt. Col.")]
    [InlineData("Capt.")]
    [InlineData("Sgt.")]
    [InlineData("Cmdr.")]
    [InlineData("Adm.")]
    [InlineData("Rev.")]
    [InlineData("Det.")]
    [InlineData("Insp.")]
    [InlineData("Supt.")]
    [InlineData("Cllr")]
    [InlineData("Councillor")]
    [InlineData("Sheriff")]
    [InlineData("Judge")]
    [InlineData("Bishop")]
    [InlineData("Mayor")]
    [InlineData("Attorney General")]
    [InlineData("Deputy Mayor")]
    [InlineData("Police Chief")]
    [InlineData("Superintendent")]
    [InlineData("Inspector")]
    [InlineData("Detective Sergeant")]
    public void Extract_TitleBeforeTheName_TheNameWithoutTheTitle(string title)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("en", $"“The ferry will run again before the winter,” said {title} Ellen Whitcombe.");

        Assert.Equal("Ellen Whitcombe", analysis.SpeakerContaining("ferry will run"));
    }

    [Theory]
    [InlineData("Anna de Vries")]
    [InlineData("Carla da Silva")]
    [InlineData("Hans von Trotha")]
    [InlineData("Omar bin Rashid")]
    [InlineData("Siobhan O’Neill")]
    [InlineData("Siobhan O'Neill")]
    [InlineData("Ian McAllister")]
    [InlineData("Jean-Luc Le Gall")]
    [InlineData("Mary-Kate Ashby-Smith")]
    [InlineData("Robert Ashby Jr.")]
    [InlineData("Laura DiMarco")]
    public void Extract_NameWithParticle_TheFullName(string name)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("en", $"“The ferry will run again before the winter,” said {name}.");

        Assert.Equal(name, analysis.SpeakerContaining("ferry will run"));
    }
}
