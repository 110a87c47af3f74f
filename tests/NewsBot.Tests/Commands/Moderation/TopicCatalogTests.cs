using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Topics;
using NewsBot.Ingestion.Catalog;
using Quartz;
using static NewsBot.Tests.Commands.Moderation.TopicCommandHarness;

namespace NewsBot.Tests.Commands.Moderation;

/// <summary>
/// /topic create|edit sources: catalog with country and language: a topic without feeds of its own takes the catalogue
/// outlets its filter matches, by the outlets' own source URLs, and the moderator is told how many matched.
/// </summary>
public sealed class TopicCatalogTests
{
    [Fact]
    public async Task Create_CatalogSourcesByCountry_StoresFilterAndOutletsAndSaysHowMany()
    {
        await using var bot = await StartAsync();
        var austrian = bot.Services.GetRequiredService<OutletCatalog>().Filter("at", null);

        var reply = await bot.SendAsync("create", Harbour(("sources", "catalog"), ("country", "AT")));

        var topic = (await bot.FindAsync("Harbour"))!;
        Assert.Equal(new CatalogSources("at", null), topic.Catalog);
        Assert.Equal(austrian.Select(o => o.SourceUrl.AbsoluteUri), topic.Feeds);
        Assert.Contains($"from the {austrian.Count} outlets of the catalogue matching country at", Content(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_OnlyALanguage_ImpliesTheCatalogueAndAnswersInGerman()
    {
        await using var bot = await StartAsync();
        var german = bot.Services.GetRequiredService<OutletCatalog>().Filter(null, "de");

        var reply = await bot.SendAsync("create", Harbour(("language", "de")), locale: "de");

        Assert.Equal(new CatalogSources(null, "de"), (await bot.FindAsync("Harbour"))!.Catalog);
        Assert.Contains($"von den {german.Count} Medien des Katalogs, die zu Sprache de passen", Content(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_CountryNoOutletIsIn_RefusedAndNothingStored()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SendAsync("create", Harbour(("sources", "catalog"), ("country", "zz")));

        Assert.StartsWith("No outlet of the catalogue is in \"zz\"", Content(reply), StringComparison.Ordinal);
        Assert.Null(await bot.FindAsync("Harbour"));
    }

    [Fact]
    public async Task Create_CountryAndLanguageNoOutletHasTogether_RefusedNamingTheFilter()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SendAsync("create", Harbour(("country", "at"), ("language", "pt")));

        Assert.Equal("No outlet of the catalogue matches country at, language pt; `/sources browse` shows the countries and languages it has.", Content(reply));
    }

    [Fact]
    public async Task Create_FilterWithSourcesFeeds_Refused()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SendAsync("create", Harbour(("sources", "feeds"), ("country", "at")));

        Assert.StartsWith("`country` and `language` choose outlets of the catalogue", Content(reply), StringComparison.Ordinal);
        Assert.Null(await bot.FindAsync("Harbour"));
    }

    [Fact]
    public async Task Edit_CountryOfACatalogueTopic_RefiltersItsFeedsAndKeepsTheLanguage()
    {
        await using var bot = await StartAsync();
        var catalog = bot.Services.GetRequiredService<OutletCatalog>();
        await bot.SendAsync("create", Harbour(("country", "at"), ("language", "de")));

        var reply = await bot.SendAsync("edit", new Dictionary<string, object> { ["name"] = "Harbour", ["country"] = "de" });

        var topic = (await bot.FindAsync("Harbour"))!;
        Assert.Equal(new CatalogSources("de", "de"), topic.Catalog);
        Assert.Equal(catalog.Filter("de", "de").Select(o => o.SourceUrl.AbsoluteUri), topic.Feeds);
        var change = (await bot.Topics.ListChangesAsync(topic.Id, 1, TestContext.Current.CancellationToken))[0].Action;
        Assert.StartsWith("sources: catalogue (country at, language de) → catalogue (country de, language de); catalogue outlets: ", change, StringComparison.Ordinal);
        Assert.Contains("outlets of the catalogue matching country de, language de", Content(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_SourcesFeeds_DropsTheCatalogueOutlets()
    {
        await using var bot = await StartAsync();
        await bot.SendAsync("create", Harbour(("country", "at")));

        await bot.SendAsync("edit", new Dictionary<string, object> { ["name"] = "Harbour", ["sources"] = "feeds" });

        var topic = (await bot.FindAsync("Harbour"))!;
        Assert.Null(topic.Catalog);
        Assert.Empty(topic.Feeds);
    }

    [Fact]
    public async Task Show_CatalogueTopic_NamesItsSources()
    {
        await using var bot = await StartAsync();
        await bot.SendAsync("create", Harbour(("country", "at")));

        var show = await bot.SendAsync("show", new Dictionary<string, object> { ["name"] = "Harbour" });

        var fields = show.Original!.Body["embeds"]![0]!["fields"]!.AsArray();
        Assert.Contains(fields, f => f!["name"]!.GetValue<string>() == "Sources" && f["value"]!.GetValue<string>() == "the catalogue: country at");
    }

    [Fact]
    public async Task Create_TwoCatalogueTopics_OneCatalogueRoundAndNoJobPerOutlet()
    {
        await using var bot = await StartAsync();
        await bot.SendAsync("create", Harbour(("country", "at")));
        await bot.SendAsync("create", new Dictionary<string, object>(Harbour(("language", "de"))) { ["name"] = "Ferries" });

        var scheduler = await bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);

        Assert.Empty(await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals("feeds"), TestContext.Current.CancellationToken));
        Assert.Single(await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals("catalog"), TestContext.Current.CancellationToken));
    }

    private static Dictionary<string, object> Harbour(params (string Name, string Value)[] options)
    {
        var all = new Dictionary<string, object> { ["name"] = "Harbour", ["query"] = "ferry", ["channel"] = TextChannel };
        foreach (var (name, value) in options)
            all[name] = value;
        return all;
    }
}
