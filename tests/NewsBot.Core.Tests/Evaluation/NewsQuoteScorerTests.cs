using NewsBot.Evaluation;

namespace NewsBot.Core.Tests.Evaluation;

/// <summary>The rules of shared/tools/score_news_quotes.py on invented articles (invented outlets and people).</summary>
public sealed class NewsQuoteScorerTests
{
    private static NewsGoldQuote Key(string quote, string? speaker) => new(quote, speaker, NewsGoldQuote.Key, 0, 0);

    private static NewsGoldArticle Article(string lang, params NewsGoldQuote[] quotes) =>
        new("inv", lang, "tune", "Harbour Gazette", null, null, null, "", quotes);

    [Fact]
    public void Add_RightWrongNoneAndMissed_CountsEachOverAllKeyQuotes()
    {
        var scorer = new NewsQuoteScorer();
        var article = Article("en",
            Key("The ferry will run every hour,", "Lena Brandt"),
            Key("We cannot pay for a second boat.", "Tomas Okafor"),
            Key("The pier needs repairs first.", "Ada Holm"),
            Key("Nobody asked the fishermen.", "Ines Varga"));

        scorer.Add(article,
        [
            new PredictedQuote("The ferry will run every hour,", "Brandt", true),
            new PredictedQuote("We cannot pay for a second boat.", "Lena Brandt", true),
            new PredictedQuote("The pier needs repairs first.", null, false),
        ]);

        var all = scorer.Tally(NewsQuoteScorer.AllLanguages);
        Assert.Equal((1, 4, 3, 1, 1, 1), (all.Articles, all.KeyQuotes, all.Found, all.Right, all.Wrong, all.None));
        Assert.Equal(0.75, all.KeyRecall);
        Assert.Equal(0.25, all.WrongRate);
    }

    [Fact]
    public void Add_NullGoldSpeaker_RightOnlyWhenNoSpeakerReturned()
    {
        var scorer = new NewsQuoteScorer();
        var article = Article("de", Key("Das Boot kommt zu spät.", null), Key("Wir warten seit Stunden.", null));

        scorer.Add(article, [new PredictedQuote("Das Boot kommt zu spät.", null, true), new PredictedQuote("Wir warten seit Stunden.", "Hafen", true)]);

        var de = scorer.Tally("de");
        Assert.Equal((1, 1, 0), (de.Right, de.Wrong, de.None));
    }

    [Fact]
    public void Add_ReturnedQuoteContainsOrIsContained_MatchesOnlyWhenLongerThanEightCharacters()
    {
        var scorer = new NewsQuoteScorer();
        var article = Article("en", Key("The ferry will run every hour, and on Sundays too.", "Lena Brandt"), Key("Every hour, she said.", "Lena Brandt"));

        scorer.Add(article, [new PredictedQuote("The ferry will run", "Lena Brandt", true), new PredictedQuote("she said", "Lena Brandt", true)]);

        Assert.Equal(1, scorer.Tally("en").Found);
    }

    [Fact]
    public void Add_NotAQuoteShownAsKey_CountsFragmentButNotWhenOnlyListed()
    {
        var scorer = new NewsQuoteScorer();
        var article = Article("fr",
            new NewsGoldQuote("Port Rouge", null, NewsGoldQuote.NotAQuote, 0, 0),
            new NewsGoldQuote("vieux phare", null, NewsGoldQuote.NotAQuote, 0, 0));

        scorer.Add(article, [new PredictedQuote("« Port Rouge »", null, true), new PredictedQuote("vieux phare", null, false)]);

        Assert.Equal(1, scorer.Tally("fr").Fragments);
    }

    [Fact]
    public void Add_QuotePrecision_CountsReturnedQuotesMatchingKeyOrOptionalOnly()
    {
        var scorer = new NewsQuoteScorer();
        var article = Article("es",
            Key("El puerto abrirá en mayo.", "Marta Oliva"),
            new NewsGoldQuote("sin fecha para las obras del muelle", "Marta Oliva", NewsGoldQuote.Optional, 0, 0),
            new NewsGoldQuote("Faro Viejo", null, NewsGoldQuote.NotAQuote, 0, 0));

        scorer.Add(article,
        [
            new PredictedQuote("El puerto abrirá en mayo.", "Marta Oliva", true),
            new PredictedQuote("sin fecha para las obras del muelle", null, false),
            new PredictedQuote("Faro Viejo", null, false),
            new PredictedQuote("Nadie lo sabe todavía.", null, false),
        ]);

        var es = scorer.Tally("es");
        Assert.Equal((4, 2), (es.Returned, es.ReturnedMatching));
        Assert.Equal(0.5, es.Precision);
        Assert.Equal(2 * 0.5 * 1.0 / 1.5, es.F1, 9);
    }

    [Fact]
    public void Tallies_SeveralLanguages_AlphabeticalThenAll()
    {
        var scorer = new NewsQuoteScorer();
        scorer.Add(Article("pt"), []);
        scorer.Add(Article("de"), []);

        Assert.Equal(["de", "pt", "all"], scorer.Tallies.Select(t => t.Key));
        Assert.Equal(2, scorer.Tally("all").Articles);
    }

    [Fact]
    public void Add_Mistakes_NamesEachKind()
    {
        var scorer = new NewsQuoteScorer();
        var notes = new List<string>();
        var article = Article("it", Key("Il porto resta chiuso.", "Paolo Neri"), Key("Serve un nuovo molo.", "Paolo Neri"));

        scorer.Add(article, [new PredictedQuote("Il porto resta chiuso.", "Porto Azzurro", true)], notes);

        Assert.Equal(["WRONG: 'Il porto resta chiuso.' want Paolo Neri got Porto Azzurro", "MISSED: 'Serve un nuovo molo.'"], notes);
    }
}
