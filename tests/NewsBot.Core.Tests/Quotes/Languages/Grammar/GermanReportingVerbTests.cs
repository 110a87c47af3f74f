namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>The German press's reporting verbs in the tenses it uses, inverted after the quote and before a colon lead. Invented people.</summary>
public sealed class GermanReportingVerbTests
{
    public static TheoryData<string> FiniteVerbs => new(
        "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint", "ergänzte", "ergänzt", "berichtete", "berichtet",
        "erzählte", "erzählt", "warnte", "warnt", "kritisierte", "kritisiert", "bestätigte", "versicherte", "unterstrich", "unterstreicht",
        "forderte", "fordert", "behauptete", "klagte", "beklagte", "fragte", "erinnerte", "mahnte", "verkündete", "äußerte", "bekräftigte",
        "entgegnete", "erwiderte", "antwortete", "schrieb", "schreibt", "rief", "versprach", "bemerkte", "beteuerte", "kommentierte",
        "resümierte", "argumentierte", "schilderte", "erläuterte", "präzisierte", "gestand", "verriet", "bilanzierte", "folgerte", "lobte",
        "appellierte", "bedauerte", "begründete", "schwärmte", "drängte", "stellte", "sprach", "prognostizierte", "spekulierte", "urteilte",
        "räsonierte", "frotzelte", "witzelte", "scherzte", "seufzte", "gab", "sagen", "erklären");

    [Theory]
    [MemberData(nameof(FiniteVerbs))]
    public void Extract_VerbAfterTheQuoteThenName_TheNamedSpeaker(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", $"„Der Hafen bleibt den ganzen Winter offen“, {verb} Paul Weber.");

        Assert.Equal("Paul Weber", analysis.SpeakerContaining("ganzen Winter"));
    }

    [Theory]
    [MemberData(nameof(FiniteVerbs))]
    public void Extract_NameThenVerbBeforeAColon_TheNamedSpeaker(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", $"Paul Weber {verb}: „Der Hafen bleibt den ganzen Winter offen.“");

        Assert.Equal("Paul Weber", analysis.SpeakerContaining("ganzen Winter"));
    }

    [Theory]
    [MemberData(nameof(FiniteVerbs))]
    public void Extract_VerbThenPronoun_TheManNamedBefore(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "Paul Weber besuchte am Montag mit den Fischern den Steg.", $"„Der Hafen bleibt den ganzen Winter offen“, {verb} er.");

        Assert.Equal("Paul Weber", analysis.SpeakerContaining("ganzen Winter"));
    }

    public static TheoryData<string, string> SeparableVerbs => new()
    {
        { "fügte", "hinzu" }, { "fügt", "hinzu" }, { "räumte", "ein" }, { "räumt", "ein" }, { "stellte", "klar" }, { "stellte", "fest" },
        { "gab", "zu" }, { "gab", "an" }, { "teilte", "mit" }, { "hob", "hervor" }, { "fuhr", "fort" }, { "kündigte", "an" },
        { "gab", "zu bedenken" }, { "führte", "aus" }, { "merkte", "an" }, { "wies", "hin" }, { "schob", "nach" }, { "legte", "nach" },
    };

    [Theory]
    [MemberData(nameof(SeparableVerbs))]
    public void Extract_SeparableVerbAroundTheName_TheNamedSpeaker(string verb, string particle)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", $"„Der Hafen bleibt den ganzen Winter offen“, {verb} Paul Weber {particle}.");

        Assert.Equal("Paul Weber", analysis.SpeakerContaining("ganzen Winter"));
    }

    public static TheoryData<string> Participles => new(
        "gesagt", "erklärt", "betont", "gemeint", "ergänzt", "berichtet", "erzählt", "gewarnt", "kritisiert", "bestätigt", "versichert",
        "unterstrichen", "gefordert", "geschrieben", "hinzugefügt", "eingeräumt", "klargestellt", "festgestellt", "zugegeben",
        "mitgeteilt", "hervorgehoben", "angekündigt", "erläutert", "entgegnet", "erwidert", "geantwortet", "versprochen", "beteuert");

    [Theory]
    [MemberData(nameof(Participles))]
    public void Extract_PerfectAfterTheQuote_TheNamedSpeaker(string participle)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", $"„Der Hafen bleibt den ganzen Winter offen“, hat Paul Weber {participle}.");

        Assert.Equal("Paul Weber", analysis.SpeakerContaining("ganzen Winter"));
    }

    [Theory]
    [MemberData(nameof(Participles))]
    public void Extract_PluperfectBeforeAColon_TheNamedSpeaker(string participle)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", $"Paul Weber hatte {participle}: „Der Hafen bleibt den ganzen Winter offen.“");

        Assert.Equal("Paul Weber", analysis.SpeakerContaining("ganzen Winter"));
    }

    [Theory]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Paul Weber am Montag in Kleinfeld.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Paul Weber der Zeitung.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Paul Weber dem „Kleinfelder Boten“.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte der Bürgermeister Paul Weber.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Bürgermeister Paul Weber.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte der Bürgermeister von Kleinfeld, Paul Weber.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, so Paul Weber.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, so Bürgermeister Paul Weber.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, wie Paul Weber sagte.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Paul Weber, der Bürgermeister von Kleinfeld.")]
    [InlineData("Am Montag sagte Paul Weber: „Der Hafen bleibt den ganzen Winter offen.“")]
    [InlineData("Im Rathaus erklärte Paul Weber am Montag: „Der Hafen bleibt den ganzen Winter offen.“")]
    [InlineData("Paul Weber sagte am Montag: „Der Hafen bleibt den ganzen Winter offen.“")]
    [InlineData("Paul Weber sagte, „der Hafen bleibt den ganzen Winter offen“.")]
    [InlineData("Paul Weber sagte, der Hafen werde „den ganzen Winter offen bleiben“.")]
    [InlineData("Paul Weber betonte, dass „der Hafen den ganzen Winter offen bleibt“.")]
    [InlineData("Paul Weber zeigte sich zuversichtlich: „Der Hafen bleibt den ganzen Winter offen.“")]
    [InlineData("Laut Paul Weber „bleibt der Hafen den ganzen Winter offen“.")]
    [InlineData("Paul Weber zufolge „bleibt der Hafen den ganzen Winter offen“.")]
    [InlineData("Nach Ansicht von Paul Weber „bleibt der Hafen den ganzen Winter offen“.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Paul Weber. „Wir haben genug Eisbrecher.“")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte am Montag Paul Weber.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Paul Weber weiter.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Paul Weber gegenüber dem „Kleinfelder Boten“.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Paul Weber im Gespräch mit dieser Zeitung.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte der SPD-Politiker Paul Weber.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Paul Weber (SPD).")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Kleinfelds Bürgermeister Paul Weber.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagt Paul Weber, 54, Fischer aus Kleinfeld.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen.“ Das sagte Paul Weber am Montag.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen.“ Dies betonte Paul Weber am Montag.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte der Sprecher der Stadt, Paul Weber.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, erklärte Paul Weber auf Anfrage.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Paul Weber am Rande der Sitzung.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, sagte Paul Weber der Deutschen Presse-Agentur.")]
    [InlineData("Paul Weber sagte der Zeitung: „Der Hafen bleibt den ganzen Winter offen.“")]
    [InlineData("Paul Weber ist sich sicher: „Der Hafen bleibt den ganzen Winter offen.“")]
    [InlineData("Für Paul Weber ist klar: „Der Hafen bleibt den ganzen Winter offen.“")]
    [InlineData("Paul Weber sagte, der Hafen bleibe „den ganzen Winter offen“.")]
    [InlineData("Paul Weber sagte, er rechne damit, dass der Hafen „den ganzen Winter offen“ bleibe.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, schreibt Paul Weber auf Twitter.")]
    [InlineData("„Der Hafen bleibt den ganzen Winter offen“, teilte Paul Weber am Montag schriftlich mit.")]
    public void Extract_AdverbsRecipientsRolesAndAccordingTo_TheNamedSpeaker(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", sentence);

        Assert.Equal("Paul Weber", analysis.SpeakerContaining("ganzen Winter"));
    }
}
