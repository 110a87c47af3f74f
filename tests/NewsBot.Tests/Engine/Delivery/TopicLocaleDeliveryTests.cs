using System.Text.Json.Nodes;
using NewsBot.Core.Topics;
using static NewsBot.Tests.Engine.Digests.InventedArticles;

namespace NewsBot.Tests.Engine.Delivery;

/// <summary>
/// A topic's own locale writes its digest's fixed words in that language, in both layouts, through the fake Discord;
/// without one the digest follows the global Digests:Locale.
/// </summary>
public sealed class TopicLocaleDeliveryTests
{
    [Fact]
    public async Task PublishAsync_GermanTopicComponentsLayout_GermanHeaderAndAlsoIn()
    {
        var body = await PublishStrikeAsync(DigestLayout.Components, Topic() with { Locale = "de" });

        var text = string.Join("\n", Texts(body));
        Assert.StartsWith("**Harbour** – Zusammenfassung · 1 Meldung seit ", Texts(body).First(), StringComparison.Ordinal);
        Assert.Contains("-# auch bei:", text, StringComparison.Ordinal);
        Assert.Contains("Keine Zitate oder Kernsätze gefunden.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("also in", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" digest ·", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_GermanTopicEmbedsLayout_GermanHeaderAndAlsoIn()
    {
        var body = await PublishStrikeAsync(DigestLayout.Embeds, Topic() with { Locale = "de" });

        Assert.StartsWith("**Harbour** – Zusammenfassung · 1 Meldung seit ", body["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var footer = body["embeds"]![0]!["footer"]!["text"]!.GetValue<string>();
        Assert.Contains("auch bei: ", footer, StringComparison.Ordinal);
        Assert.DoesNotContain("also in", footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_TopicWithoutLocale_FollowsTheGlobalLocale()
    {
        var body = await PublishStrikeAsync(DigestLayout.Embeds, Topic(), globalLocale: "fr");

        Assert.StartsWith("Résumé **Harbour** · 1 article depuis ", body["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("aussi dans : ", body["embeds"]![0]!["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_EnglishTopicUnderAnotherGlobalLocale_StaysEnglish()
    {
        var body = await PublishStrikeAsync(DigestLayout.Embeds, Topic() with { Locale = "en-US" }, globalLocale: "it");

        Assert.StartsWith("**Harbour** digest · 1 story since ", body["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>The first message of a digest of three outlets' reports of one strike (one story, the others "also in").</summary>
    private static async Task<JsonObject> PublishStrikeAsync(DigestLayout layout, Topic topic, string? globalLocale = null)
    {
        await using var harness = await PublishingHarness.StartAsync(layout: layout, locale: globalLocale);
        harness.Topics.Add(topic);
        foreach (var article in FerryStrikeCoverage())
            harness.Articles.Add(article);

        await harness.Publisher.PublishAsync(topic, Monday, TestContext.Current.CancellationToken);

        return harness.Fake.State.Messages.First().Body;
    }

    /// <summary>Every text display's content, nested ones included, in order.</summary>
    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<int>() == 10 => [o["content"]!.GetValue<string>()],
        JsonObject o => o.SelectMany(p => Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };
}
