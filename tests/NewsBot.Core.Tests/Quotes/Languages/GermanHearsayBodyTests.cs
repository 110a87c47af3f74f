namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`Das Ministerium wies die Kritik zurück. „…“, hieß es aus dem Haus.`: the body the sentence before opened with. Invented bodies and people.</summary>
public sealed class GermanHearsayBodyTests
{
    [Fact]
    public void Extract_HiessEsAusDemHausAfterAMinistrySentence_NamesTheMinistry()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Das Hafenministerium wies die Kritik zurück. „Die Wartezeiten für die Anträge sind seit dem Frühjahr deutlich gesunken“, hieß es am Dienstag aus dem Haus.");

        Assert.Equal("Hafenministerium", analysis.SpeakerOf("Die Wartezeiten"));
    }

    [Fact]
    public void Extract_HeisstEsInDessenStellungnahme_NamesTheCouncilWithoutItsComplement()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Auch der Seniorenbeirat der Stadt hatte Bedenken angemeldet. „Die Kosten für den Betrieb der Fähre sind nicht ausreichend berücksichtigt“, heißt es in dessen Stellungnahme.");

        Assert.Equal("Seniorenbeirat", analysis.SpeakerOf("Die Kosten"));
    }

    [Fact]
    public void Extract_HeisstEsAfterANamedLeague_NamesTheLeagueWithItsName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Der Fährgastbund Kleinfeld verlangt einen dichteren Takt. „Ein Boot am Morgen und eines am Abend reicht den Pendlern einfach nicht“, heißt es.");

        Assert.Equal("Fährgastbund Kleinfeld", analysis.SpeakerOf("Ein Boot"));
    }

    [Fact]
    public void Extract_HiessEsAusBranchenkreisen_NamesNoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Das Hafenministerium wies die Kritik zurück. „Das trifft die ganze Branche an der Küste und nicht nur uns“, hieß es aus Branchenkreisen.");

        Assert.Null(analysis.SpeakerOf("Das trifft"));
    }

    [Fact]
    public void Extract_HiessEsAfterASentenceNamingAPerson_NamesNoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Das Hafenministerium und Staatssekretärin Ilka Brodersen wiesen die Kritik zurück. „Die Wartezeiten für die Anträge sind deutlich gesunken“, hieß es.");

        Assert.Null(analysis.SpeakerOf("Die Wartezeiten"));
    }

    [Fact]
    public void Extract_MinisterinAfterABodyQuote_NamesTheMinisterNotTheBody()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Bauministerin Carla Nettelbeck stellte am Montag das neue Programm für die Fähre vor.",
            "Der Mieterbund Ostkreis verlangt Nachbesserungen. „Ein Antrag mit vierzehn Seiten schreckt gerade ältere Menschen ab“, heißt es in einem Papier.",
            "„Wir bessern nach, wo es wirklich nötig ist“, so die Ministerin.");

        Assert.Equal("Mieterbund Ostkreis", analysis.SpeakerOf("Ein Antrag"));
        Assert.Equal("Carla Nettelbeck", analysis.SpeakerOf("Wir bessern"));
    }

    [Fact]
    public void Extract_HiessEsAfterAnAcronymBodySentence_NamesTheAcronym()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Der KFV kündigte weitere Aktionen an. „Wenn es sein muss, bleiben die Fähren auch in der nächsten Woche im Hafen“, hieß es in einer Erklärung.");

        Assert.Equal("KFV", analysis.SpeakerOf("Wenn es sein muss"));
    }

    [Fact]
    public void Extract_AcronymAfterASentenceWhoseWordsSpellIt_NamesTheAcronymNotTheSentence()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Kaigilde hat die Bootsleute zum Ausstand aufgerufen.\n\nDer DKB kündigte weitere Aktionen an. „Wenn es sein muss, bleiben die Fähren auch in der nächsten Woche im Hafen“, hieß es in einer Erklärung.");

        Assert.Equal("DKB", analysis.SpeakerOf("Wenn es sein muss"));
    }
}
