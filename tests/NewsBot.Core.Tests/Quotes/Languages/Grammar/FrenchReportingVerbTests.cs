namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>The French press's reporting verbs: passé composé, present, plus-que-parfait, inverted incises with `-t-`. Invented people.</summary>
public sealed class FrenchReportingVerbTests
{
    public static TheoryData<string> Verbs => new(
        "a déclaré", "a affirmé", "a expliqué", "a ajouté", "a souligné", "a indiqué", "a précisé", "a estimé", "a assuré", "a confié",
        "a martelé", "a reconnu", "a rappelé", "a poursuivi", "a insisté", "a commenté", "a lancé", "a réagi", "avait déclaré",
        "déclare", "affirme", "explique", "ajoute", "souligne", "estime", "indique", "précise", "assure", "confie", "poursuit",
        "insiste", "note", "observe", "résume", "raconte", "relève", "tranche", "objecte", "riposte", "a alerté", "a fulminé",
        "s’insurge", "évoque", "murmure", "a rectifié", "répondit", "reprit", "poursuivit", "a recommandé");

    public static TheoryData<string> Incises => new(
        "affirme-t-elle", "explique-t-elle", "ajoute-t-elle", "souligne-t-elle", "précise-t-elle", "estime-t-elle", "poursuit-elle",
        "assure-t-elle", "confie-t-elle", "a-t-elle ajouté", "a-t-elle déclaré", "a-t-elle expliqué", "a-t-elle souligné",
        "a-t-elle indiqué à l’AFP", "avait-elle déclaré", "dit-elle", "insiste-t-elle", "martèle-t-elle");

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Extract_VerbAfterTheQuoteThenName_TheNamedSpeaker(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("fr", $"« Le port restera ouvert tout l’hiver », {verb} Marie Dupont.");

        Assert.Equal("Marie Dupont", analysis.SpeakerContaining("port restera"));
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Extract_NameThenVerbBeforeAColon_TheNamedSpeaker(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("fr", $"Marie Dupont {verb} : « Le port restera ouvert tout l’hiver. »");

        Assert.Equal("Marie Dupont", analysis.SpeakerContaining("port restera"));
    }

    [Theory]
    [MemberData(nameof(Incises))]
    public void Extract_InvertedPronounIncise_TheWomanNamedBefore(string incise)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr", "Marie Dupont a visité le port lundi avec les pêcheurs.", $"« Le port restera ouvert tout l’hiver », {incise}.");

        Assert.Equal("Marie Dupont", analysis.SpeakerContaining("port restera"));
    }

    [Theory]
    [InlineData("Selon Marie Dupont, « le port restera ouvert tout l’hiver ».")]
    [InlineData("D’après Marie Dupont, « le port restera ouvert tout l’hiver ».")]
    [InlineData("Pour Marie Dupont, « le port restera ouvert tout l’hiver ».")]
    [InlineData("« Le port restera ouvert tout l’hiver », a déclaré à l’AFP Marie Dupont.")]
    [InlineData("« Le port restera ouvert tout l’hiver », a déclaré la maire, Marie Dupont.")]
    [InlineData("« Le port restera ouvert tout l’hiver », a déclaré la maire de Valbourg Marie Dupont.")]
    [InlineData("Marie Dupont estime que « le port restera ouvert tout l’hiver ».")]
    [InlineData("“Le port restera ouvert tout l’hiver”, a déclaré Marie Dupont.")]
    public void Extract_SourcePhraseOrMarks_TheNamedSpeaker(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("fr", sentence);

        Assert.Equal("Marie Dupont", analysis.SpeakerContaining("port restera"));
    }
}
