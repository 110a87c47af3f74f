using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`Im Tor der Gäste …`: a German sentence's capitalised preposition opens no name. Invented people and clubs.</summary>
public sealed class LeadingPrepositionTests
{
    [Theory]
    [InlineData("Im Tor", "")]
    [InlineData("Beim Training Jonas Feldkamp", "Jonas Feldkamp")]
    [InlineData("Bei Anna Rehwinkel", "Anna Rehwinkel")]
    [InlineData("Von Wartenfeld", "Von Wartenfeld")]
    [InlineData("Jonas Feldkamp", "Jonas Feldkamp")]
    public void Strip_RunOpeningASentence_LeavesOnlyWhatMayName(string run, string expected) =>
        Assert.Equal(expected, Join(LeadingPreposition.Strip(Words(run), German.Knowledge)));

    [Theory]
    [InlineData("Im Tor", "")]
    [InlineData("Zum Abschied Jonas Feldkamp", "Jonas Feldkamp")]
    [InlineData("Im Yoon-ah", "Im Yoon-ah")]
    [InlineData("Bei Anna Rehwinkel", "Bei Anna Rehwinkel")]
    public void StripFused_RunOfAnyLanguage_DropsOnlyAFusedPrepositionAndItsNoun(string run, string expected) =>
        Assert.Equal(expected, Join(LeadingPreposition.StripFused(Words(run))));

    [Fact]
    public void Extract_AgeNounAfterAGoalkeeperSentence_GoesToTheKeeperNotTheGoal()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Im Tor der Gastgeber hielt Jonas Feldkamp stark. Der 24-Jährige wehrte zwölf Würfe ab. „Die Abwehr hat mir die Arbeit leicht gemacht“, sagte der 24-Jährige.");

        Assert.NotEqual("Im Tor", analysis.SpeakerOf("Die Abwehr"));
    }

    private static List<Word> Words(string run) => WordTokenizer.Tokenize(run, 0, run.Length).ToList();

    private static string Join(List<Word> words) => string.Join(' ', words.Select(w => w.Text));
}
