using NewsBot.Core.Quotes;
using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Long appositions between a quote and its reporting verb, manner adverbs before the verb, and `said the actor` after that actor's quote.</summary>
public sealed class LongAppositionTailTests
{
    [Fact]
    public void Extract_NameThenAppositionWithCityCountryAndSecondRole_PersonWithFirstRole()
    {
        var analysis = Extract(Article(
            "The reef survey covered three bays over two winters.",
            "\"Surveys of this kind pay off when you look closely at the results,\" Mara Lindqvist, a research fellow at the Northfield "
            + "Institute for Marine Studies in Bergen, Norway, and co-author of the study, said in a statement."));

        var quote = analysis.QuoteStarting("Surveys of this kind");
        Assert.Equal("Mara Lindqvist", quote.Speaker);
        Assert.StartsWith("research fellow", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_RoleWordsNameThenTwoBodiesWithStateAbbreviation_Person()
    {
        var analysis = Extract(Article(
            "The coast is moving inland, a new survey reports.",
            "\"The coast is changing faster than the models predict,\" study lead author Tomas Reyle, an ecologist at the Harbour Ocean "
            + "Centre in Portsmouth, Maine, and Westbrook College in Albany, N.Y., said in a statement."));

        Assert.Equal("Tomas Reyle", analysis.QuoteStarting("The coast is changing").Speaker);
    }

    [Fact]
    public void Extract_NameThenClauseThatIsNoApposition_NotTheFarVerbsSubject()
    {
        var analysis = Extract(Article(
            "The reef survey covered three bays over two winters.",
            "\"Surveys of this kind pay off when you look closely at the results,\" wrote the harbour newsletter, whose editor Mara "
            + "Lindqvist, a research fellow at the Northfield Institute for Marine Studies in Bergen, Norway, and co-author of the study, "
            + "said nothing."));

        Assert.NotEqual("Mara Lindqvist", analysis.QuoteStarting("Surveys of this kind").Speaker);
    }

    [Fact]
    public void Extract_SurnameThenMannerAdverbThenVerb_Speaker()
    {
        var analysis = Extract(Article(
            "Singer Lina Brooke reached the final of the dance show on Monday.",
            "\"Can I give my place to Owen instead?\" Brooke tearfully asked before hugging him."));

        Assert.Equal("Lina Brooke", analysis.QuoteStarting("Can I give my place").Speaker);
    }

    [Fact]
    public void Extract_DefinitePersonNounAfterSpeakersQuote_ContinuesThatSpeaker()
    {
        var analysis = Extract(Article(
            "Owen Calder was voted off the dance show on Monday.",
            "\"My family went through a very hard week. We lost a friend,\" Calder said.",
            "\"You never know why these things happen, and that is what I tell my kids,\" said the actor. \"It makes you stronger.\""));

        Assert.Equal("Owen Calder", analysis.QuoteStarting("You never know").Speaker);
        Assert.Equal("Owen Calder", analysis.QuoteStarting("It makes you stronger").Speaker);
    }

    [Fact]
    public void Extract_DefiniteNounAfterAnonymousIntroduction_NotTheLastSpeaker()
    {
        var analysis = Extract(Article(
            "Mara Lindqvist defended the harbour levy, and a senior official at the port disagreed.",
            "\"The levy pays for the new quay and nothing else,\" Lindqvist said.",
            "\"The levy pays for a quay that nobody has asked for,\" said the official."));

        Assert.Null(analysis.QuoteStarting("The levy pays for a quay").Speaker);
    }

    [Fact]
    public void Extract_PartialQuoteThenPhraseThenInvertedTail_NameAfterTheVerb()
    {
        var analysis = Extract(Article(
            "Fasting diets are popular, but the evidence is mixed.",
            "Many people report sharper thinking, but \"clinical trials have not been able to show the same benefits\" in healthy adults, says Lindqvist."));

        Assert.Equal("Lindqvist", analysis.QuoteStarting("clinical trials have not").Speaker);
    }

    [Theory]
    [InlineData("tearfully", true)]
    [InlineData("angrily", true)]
    [InlineData("quietly", true)]
    [InlineData("family", false)]
    [InlineData("assembly", false)]
    [InlineData("rally", false)]
    [InlineData("early", false)]
    public void Is_WordEndingInLy_TrueOnlyForMannerAdverbs(string word, bool expected)
    {
        Assert.Equal(expected, MannerAdverb.Is(word));
    }
}
