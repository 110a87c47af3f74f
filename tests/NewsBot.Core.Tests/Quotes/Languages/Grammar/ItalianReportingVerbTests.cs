namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>The Italian press's reporting verbs: passato prossimo, present, trapassato, remote past, `secondo`. Invented people.</summary>
public sealed class ItalianReportingVerbTests
{
    public static TheoryData<string> Verbs => new(
        "ha detto", "ha spiegato", "ha aggiunto", "ha sottolineato", "ha dichiarato", "ha affermato", "ha commentato", "ha precisato",
        "ha osservato", "ha ribadito", "ha concluso", "ha evidenziato", "ha assicurato", "ha ammesso", "ha raccontato", "aveva detto",
        "disse", "spiega", "dice", "afferma", "aggiunge", "sottolinea", "dichiara", "commenta", "osserva", "precisa", "conclude",
        "racconta", "ribadisce", "assicura", "evidenzia", "ammette", "avverte", "ha indicato", "indica", "promise", "ribatté", "ripeté",
        "insistette", "aggiunse", "diceva", "aggiungeva", "rispondeva", "sosteneva");

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Extract_VerbAfterTheQuoteThenName_TheNamedSpeaker(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", $"«Il porto resterà aperto per tutto l’inverno», {verb} Marco Bellini.");

        Assert.Equal("Marco Bellini", analysis.SpeakerContaining("porto resterà"));
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Extract_NameThenVerbBeforeAColon_TheNamedSpeaker(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", $"Marco Bellini {verb}: «Il porto resterà aperto per tutto l’inverno».");

        Assert.Equal("Marco Bellini", analysis.SpeakerContaining("porto resterà"));
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Extract_VerbWithDroppedSubject_TheManNamedBefore(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "Marco Bellini ha visitato il molo lunedì con i pescatori.", $"«Il porto resterà aperto per tutto l’inverno», {verb}.");

        Assert.Equal("Marco Bellini", analysis.SpeakerContaining("porto resterà"));
    }

    [Theory]
    [InlineData("Secondo Marco Bellini, «il porto resterà aperto per tutto l’inverno».")]
    [InlineData("Parola di Marco Bellini, che guida il consorzio da vent'anni: «Il porto resterà aperto per tutto l’inverno».")]
    [InlineData("«Il porto resterà aperto per tutto l’inverno», ribadisce l'on. Marco Bellini, capogruppo in commissione.")]
    [InlineData("«Il porto resterà aperto per tutto l’inverno», ha detto il sindaco Marco Bellini.")]
    [InlineData("«Il porto resterà aperto per tutto l’inverno», ha detto il sindaco di Roccaverde, Marco Bellini.")]
    [InlineData("«Il porto resterà aperto per tutto l’inverno», ha detto all’ANSA Marco Bellini.")]
    [InlineData("“Il porto resterà aperto per tutto l’inverno”, ha detto Marco Bellini.")]
    [InlineData("Marco Bellini ha spiegato che «il porto resterà aperto per tutto l’inverno».")]
    public void Extract_SourcePhraseInversionOrMarks_TheNamedSpeaker(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", sentence);

        Assert.Equal("Marco Bellini", analysis.SpeakerContaining("porto resterà"));
    }
}
