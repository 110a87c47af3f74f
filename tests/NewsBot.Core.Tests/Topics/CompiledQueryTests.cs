using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using static NewsBot.Core.Tests.Topics.StoredArticles;

namespace NewsBot.Core.Tests.Topics;

public sealed class CompiledQueryTests
{
    private static readonly StoredArticle[] Articles =
    [
        Article("Zürich's ferry fleet grows", "Wren Holloway, harbour master, ordered two new ferries for the lake."),
        Article("Night shifts at the quay", "Crews of the Ketterby Courier's print shop moved to night shifts.",
            quotes: [new StoredQuote("The harbour never sleeps.", "Odo Finch")]),
        Article("Ελληνικό λιμάνι ανοίγει", "Το λιμάνι της Όσσελ ανοίγει ξανά. 한국어 항구 뉴스."),
        Article("Bridge vote delayed", "The bridge over the sound waits for a vote; ferry crews object."),
        Article("Ligature ﬁsh and 𝒜 symbols", "Ossel's ﬁsh market sells cod; Ｆｕｌｌｗｉｄｔｈ letters."),
    ];

    public static TheoryData<string> Queries() =>
    [
        "", "ferry", "ferr*", "\"night shifts\"", "\"harbour never\"", "\"harbour master\"", "\"harbour ma*\"",
        "zurich", "ZURICH -bridge", "bridge OR lake", "ferry -\"sound waits\"", "λιμάνι", "λιμανι", "항구", "ﬁsh", "fish",
        "fullwidth", "unknownword", "\"courier s\"", "osse*", "cod -ossel", "2026",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Matches_AnyQuery_AgreesWithTopicQuery(string text)
    {
        var query = TopicQuery.Parse(text);
        var index = new ArticleIndex();
        var words = Articles.Select(index.WordsOf).ToList();
        var compiled = index.Compile(query);

        var expected = Articles.Select(a => query.Matches([a.Article.Title, a.Article.Text, .. a.Article.Quotes.Select(q => q.Text)]));
        Assert.Equal(expected, words.Select(compiled.Matches));
    }
}
