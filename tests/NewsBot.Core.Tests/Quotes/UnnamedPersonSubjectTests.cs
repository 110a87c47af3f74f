using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`A woman at the camp … said` then `“…,” she said`: the unnamed woman, so no name. Invented people.</summary>
public sealed class UnnamedPersonSubjectTests
{
    [Fact]
    public void Extract_PronounAfterUnnamedSubject_NoEarlierWomanNamed()
    {
        var analysis = Extract(Article(
            "Flood camps full",
            "Councillor Ada Okoro asked why residents had not been warned. \"Who opened the spillways?\" she asked.",
            "A woman at the Dunmere camp, who did not want her name published, said she had not eaten since Saturday.",
            "\"My children slept in the rain for two nights,\" she said."));

        Assert.Null(analysis.QuoteStarting("My children").Speaker);
    }

    [Fact]
    public void Extract_PronounAfterNamedSubject_TheNamedWoman()
    {
        var analysis = Extract(Article(
            "Flood camps full",
            "A woman at the Dunmere camp said she had not eaten since Saturday.",
            "Councillor Ada Okoro said the camps were full.",
            "\"We need tents before the next rain,\" she said."));

        Assert.Equal("Ada Okoro", analysis.QuoteStarting("We need tents").Speaker);
    }

    [Fact]
    public void Extract_UnnamedSubjectWithCapitalisedModifier_NoEarlierWomanNamed()
    {
        var analysis = Extract(Article(
            "School gates locked",
            "Police spokesperson Captain Lerato Mabe said officers were watching the school.",
            "A Grade 11 pupil, who asked not to be named, said the class had no science teacher.",
            "\"We copy notes from our cousins at other schools,\" she said."));

        Assert.Null(analysis.QuoteStarting("We copy notes").Speaker);
    }
}
