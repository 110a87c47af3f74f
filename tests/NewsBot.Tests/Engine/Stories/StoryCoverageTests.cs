using NewsBot.Core.Digests;
using NewsBot.Core.Storage;
using NewsBot.Engine.Stories;

namespace NewsBot.Tests.Engine.Stories;

public sealed class StoryCoverageTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static readonly StoryState Ferry = new()
    {
        Title = "Harbour board approves new ferry link to Skarva island",
        Url = "https://courier.example/ferry",
        Source = "Northfield Courier",
        Quotes = [new StoredQuote("The island has waited long enough", "Mara Lindqvist")],
        Members = [new StoryCandidate("https://courier.example/ferry", "Harbour board approves new ferry link", null, "Northfield Courier", Monday)],
    };

    [Fact]
    public void Add_OtherOutletWithANewVoice_AlsoInGainsItAndTheQuoteIsAdded()
    {
        var ledger = Article("https://ledger.example/ferry", "The Valley Ledger",
            new StoredQuote("We will sail in all weathers", "Ivo Brandt") { Role = "the ferry captain" },
            new StoredQuote("A crossing it can rely on", "mara lindqvist"));

        var (state, visible) = StoryCoverage.Add(Ferry, [ledger], [DigestSelector.Candidate(ledger)]);

        Assert.True(visible);
        Assert.Equal(["The Valley Ledger"], state.AlsoIn);
        Assert.Equal(["Mara Lindqvist", "Ivo Brandt"], state.Quotes.Select(q => q.Speaker));
        Assert.Equal(2, state.Members.Count);
    }

    [Fact]
    public void Add_SameOutletAgainWithoutNewVoices_NothingVisible()
    {
        var update = Article("https://courier.example/ferry-update", "Northfield Courier", new StoredQuote("Unattributed words", null));

        var (state, visible) = StoryCoverage.Add(Ferry, [update], [DigestSelector.Candidate(update)]);

        Assert.False(visible);
        Assert.Empty(state.AlsoIn);
        Assert.Equal(2, state.Members.Count);
    }

    [Fact]
    public void Add_ManyVoices_QuotesStopAtWhatAnEmbedShows()
    {
        var quotes = Enumerable.Range(1, 8).Select(i => new StoredQuote($"Statement {i}", $"Speaker {i}")).ToArray();
        var gazette = Article("https://gazette.example/ferry", "Brindlemoor Gazette", quotes);

        var (state, _) = StoryCoverage.Add(Ferry, [gazette], [DigestSelector.Candidate(gazette)]);

        Assert.Equal(StoryCoverage.MaxQuotes, state.Quotes.Count);
    }

    [Fact]
    public void ReadWrite_State_RoundTrips()
    {
        var read = StoryState.Read(Ferry.Write());

        Assert.Equal(Ferry.Title, read.Title);
        Assert.Equal(Ferry.Quotes, read.Quotes);
        Assert.Equal(Ferry.Members, read.Members);
        Assert.Null(StoryState.TryRead("not json"));
    }

    private static StoredArticle Article(string url, string outlet, params StoredQuote[] quotes) => new(1, Monday.AddHours(3), "hash", new ArticleRecord
    {
        Identity = new ArticleIdentity("https://feeds.example/" + outlet, url, url),
        Title = "Skarva island gets its ferry link",
        Outlet = outlet,
        PublishedAt = Monday.AddHours(3),
        Text = "The harbour board of Northfield approved a new ferry link to Skarva island.",
        Quotes = quotes,
    });
}
