using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Engine.Digests;
using NewsBot.Engine.Stories;
using NewsBot.Tests.Fakes;
using static NewsBot.Tests.Engine.Digests.InventedArticles;

namespace NewsBot.Tests.Engine.Digests;

public sealed class TopicDigestComposerTests
{
    private static readonly DateTimeOffset WindowStart = Monday.AddDays(-1);
    private readonly InMemoryArticleStore _store = new();

    private TopicDigestComposer Composer(int maxQuotes = 3) =>
        new(_store, Options.Create(new DigestOptions { MaxQuotesPerStory = maxQuotes }));

    private Task<IReadOnlyList<CoveredStory>> ComposeAsync(Topic topic, int maxQuotes = 3) =>
        Composer(maxQuotes).ComposeAsync(topic, WindowStart, Monday, TestContext.Current.CancellationToken);

    private static IEnumerable<string> Titles(IEnumerable<CoveredStory> stories) => stories.Select(s => s.Story.Title);

    [Fact]
    public async Task ComposeAsync_Query_KeepsArticlesMatchingTitleTextOrQuotes()
    {
        _store.Add(
            Article("Ferry timetable changes", "Crossings to Ossel move to the hour."),
            Article("Library reopens", "The reading room is open again.", quotes: [new StoredQuote("The ferry brought every book back.", "Ilse Marrow")]),
            Article("Ferry bridge plan shelved", "The council shelved the bridge over the sound."),
            Article("Market prices steady", "Fish prices held at the quay."));

        var stories = await ComposeAsync(Topic("ferry -bridge"));

        Assert.Equal(["Ferry timetable changes", "Library reopens"], Titles(stories).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ComposeAsync_TopicLanguage_KeepsThatLanguageAndUnknownOnly()
    {
        _store.Add(
            Article("Ferry fares rise", "Fares rise in spring.", language: "en"),
            Article("Harbour wall repaired", "Masons finished the wall.", language: "en-GB"),
            Article("Lighthouse keeper retires", "Tobin Ashgrove retires after thirty years.", language: null),
            Article("Fährpreise steigen", "Die Preise steigen im Frühling.", language: "de"));

        var stories = await ComposeAsync(Topic() with { Language = "en" });

        Assert.Equal(["Ferry fares rise", "Harbour wall repaired", "Lighthouse keeper retires"], Titles(stories).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ComposeAsync_ThreeOutletsOneEvent_OneStoryFromTheFirstReportAlsoInTheOthers()
    {
        _store.Add(FerryStrikeCoverage());
        _store.Add(Article("Choir wins regional prize", "The Ossel harbour choir won the regional prize.", feed: OsselFeed, outlet: "Ossel Herald"));

        var stories = await ComposeAsync(Topic());

        Assert.Equal(2, stories.Count);
        var strike = stories[0];
        Assert.Equal("Ketterby ferry crews strike over night shifts", strike.Story.Title);
        Assert.Equal("The Brindle Post", strike.Story.Source);
        Assert.Equal(["Ketterby Courier", "Ossel Herald"], strike.AlsoIn.Order(StringComparer.Ordinal));
        Assert.Empty(stories[1].AlsoIn);
    }

    [Fact]
    public async Task ComposeAsync_Ranking_WiderCoverageFirstThenNewest()
    {
        _store.Add(FerryStrikeCoverage());
        _store.Add(
            Article("Choir wins regional prize", "The harbour choir won the regional prize.", seen: Monday.AddMinutes(-30)),
            Article("Quay lamps replaced", "New lamps line the quay.", seen: Monday.AddMinutes(-10)));

        var stories = await ComposeAsync(Topic());

        Assert.Equal(["Ketterby ferry crews strike over night shifts", "Quay lamps replaced", "Choir wins regional prize"], Titles(stories));
    }

    [Fact]
    public async Task ComposeAsync_MoreStoriesThanMax_KeepsTheNewestMax()
    {
        string[] subjects = ["lighthouse", "bakery", "orchard", "tramway", "observatory"];
        _store.Add([.. subjects.Select((s, i) => Article($"The {s} opens", $"Visitors came to the {s}.", seen: Monday.AddHours(-10 + i)))]);

        var stories = await ComposeAsync(Topic() with { MaxStories = 3 });

        Assert.Equal(["The observatory opens", "The tramway opens", "The orchard opens"], Titles(stories));
    }

    [Fact]
    public async Task ComposeAsync_StoredQuotes_KeyQuotesWithSpeakerAndRoleUpToTheMaximum()
    {
        var text = "\"We sail at dawn,\" said Captain Wren Holloway. \"The nets are full,\" she added. \"Prices will fall.\" \"Come early.\"";
        _store.Add(Article("Fleet returns", text, quotes:
        [
            new StoredQuote("We sail at dawn,", "Wren Holloway") { Role = "captain" },
            new StoredQuote("The nets are full,", "Wren Holloway") { Role = "captain" },
            new StoredQuote("Prices will fall.", "Odo Finch"),
        ], keySentences: ["The fleet returned."]));

        var story = Assert.Single(await ComposeAsync(Topic(), maxQuotes: 2)).Story;

        Assert.Equal(2, story.Analysis.KeyQuotes.Count());
        var first = story.Analysis.Quotes[0];
        Assert.Equal(("We sail at dawn,", "Wren Holloway", "captain", true), (first.Text, first.Speaker, first.SpeakerRole, first.IsKey));
        Assert.Equal(first.Text, text[first.Start..first.End]);
    }

    [Fact]
    public async Task ComposeAsync_NoQuotes_StoryCarriesKeySentences()
    {
        _store.Add(Article("Tide gauge installed", "A new gauge measures the tide.", keySentences: ["A new gauge measures the tide.", "Readings go online."]));

        var story = Assert.Single(await ComposeAsync(Topic())).Story;

        Assert.Empty(story.Analysis.Quotes);
        Assert.Equal(["A new gauge measures the tide.", "Readings go online."], story.Analysis.KeySentences);
    }

    [Fact]
    public async Task ComposeAsync_PartialArticle_StoryMarkedFromExcerpt()
    {
        _store.Add(
            Article("Pier closed for repairs", "Only the teaser could be read.", partial: true),
            Article("Ferry fares rise", "Fares rise in spring.", partial: false));

        var stories = await ComposeAsync(Topic());

        Assert.True(stories.Single(s => s.Story.Title == "Pier closed for repairs").Story.FromExcerpt);
        Assert.False(stories.Single(s => s.Story.Title == "Ferry fares rise").Story.FromExcerpt);
    }

    [Fact]
    public async Task ComposeAsync_OtherFeedsAndWindow_NeverShown()
    {
        _store.Add(
            Article("Inside the window", "Kept."),
            Article("Other feed", "Not this topic's.", feed: "https://quillmoor-gazette.example/feed"),
            Article("Before the window", "Too old.", seen: WindowStart.AddMinutes(-1)),
            Article("At the window's end", "Belongs to the next digest.", seen: Monday));

        var stories = await ComposeAsync(Topic());

        Assert.Equal(["Inside the window"], Titles(stories));
    }
}
