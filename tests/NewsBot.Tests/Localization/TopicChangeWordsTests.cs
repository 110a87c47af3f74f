using NewsBot.Core.Topics;
using NewsBot.Engine.Topics;
using NewsBot.Localization;

namespace NewsBot.Tests.Localization;

/// <summary>Topic history lines, stored in English, shown with their labels in the member's language and their values as stored.</summary>
public sealed class TopicChangeWordsTests
{
    private static readonly Topic Before = new() { Name = "World", Query = "ferry", ChannelId = "100", Schedule = "daily 08:00", TimeZone = "UTC", Feeds = ["https://courier.example/feed.xml"] };

    [Fact]
    public void Localize_StoredEdit_LabelsTranslatedValuesKept()
    {
        var change = TopicDifferences.Describe(Before, Before with { Schedule = "weekdays 07:30", TimeZone = "Europe/Berlin", Feeds = [] })!;

        var german = TopicChangeWords.Localize(change, TextCatalog.Embedded.For("de"));

        Assert.Equal("Zeitplan: daily 08:00 → weekdays 07:30; Zeitzone: UTC → Europe/Berlin; Feeds entfernt: https://courier.example/feed.xml", german);
    }

    [Fact]
    public void Localize_Created_OneWordPerLanguage()
    {
        var created = TopicDifferences.Describe(null, Before)!;

        Assert.Equal("created", TopicChangeWords.Localize(created, TextCatalog.Embedded.For("en-US")));
        Assert.Equal("créé", TopicChangeWords.Localize(created, TextCatalog.Embedded.For("fr")));
    }

    [Fact]
    public void Localize_FeedPausedByAModerator_LabelTranslated()
    {
        Assert.Equal("feed en pausa: https://courier.example/feed.xml", TopicChangeWords.Localize("feed paused: https://courier.example/feed.xml", TextCatalog.Embedded.For("es-ES")));
    }

    [Fact]
    public void Localize_UnknownLabelOrQueryWithSemicolons_ShownAsStored()
    {
        var change = TopicDifferences.Describe(Before, Before with { Query = "ferry; strike: port" })!;

        var italian = TopicChangeWords.Localize(change, TextCatalog.Embedded.For("it"));

        Assert.Equal("ricerca: ferry → ferry; strike: port", italian);
    }
}
