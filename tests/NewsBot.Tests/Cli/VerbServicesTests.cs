using Microsoft.Extensions.DependencyInjection;
using NewsBot.Cli;
using NewsBot.Core.Storage;
using NewsBot.Discord;
using NewsBot.Engine.Digests;
using NewsBot.Ingestion.Articles;
using NewsBot.Ingestion.Sources;
using NewsBot.Persistence;
using Quartz;

namespace NewsBot.Tests.Cli;

public sealed class VerbServicesTests
{
    private static readonly SourceLocation File = SourceLocation.Parse("samples/articles/text/press-briefing.txt", "/repo");
    private static readonly SourceLocation Web = SourceLocation.Parse("https://news.example/story.html", "/repo");

    [Fact]
    public void Quoting_LocalFile_NoHttpClientDatabaseSchedulerOrDiscord()
    {
        var services = new ServiceCollection();

        VerbServices.Quoting(services, File);

        Assert.Contains(services, d => d.ServiceType == typeof(ArticleReader));
        AssertNone(services, typeof(IHttpClientFactory), typeof(SqliteDatabase), typeof(IArticleStore), typeof(ISchedulerFactory), typeof(DiscordBotService));
    }

    [Fact]
    public void Quoting_WebAddress_HasTheGuardedFetcherButNoDatabaseSchedulerOrDiscord()
    {
        var services = new ServiceCollection();

        VerbServices.Quoting(services, Web);

        Assert.Contains(services, d => d.ServiceType == typeof(IHttpClientFactory));
        AssertNone(services, typeof(SqliteDatabase), typeof(ISchedulerFactory), typeof(DiscordBotService));
    }

    [Fact]
    public void Digest_Always_NoDatabaseSchedulerOrDiscord()
    {
        var services = new ServiceCollection();

        VerbServices.Digest(services);

        Assert.Contains(services, d => d.ServiceType == typeof(OnDemandDigestBuilder));
        AssertNone(services, typeof(SqliteDatabase), typeof(IArticleStore), typeof(ISchedulerFactory), typeof(DiscordBotService));
    }

    [Fact]
    public void Bot_Run_HasDatabaseSchedulerAndDiscord()
    {
        var services = new ServiceCollection();

        VerbServices.Bot(services);

        Assert.Contains(services, d => d.ServiceType == typeof(SqliteDatabase));
        Assert.Contains(services, d => d.ServiceType == typeof(ISchedulerFactory));
        Assert.Contains(services, d => d.ServiceType == typeof(DiscordBotService));
    }

    private static void AssertNone(ServiceCollection services, params Type[] types)
    {
        foreach (var type in types)
            Assert.DoesNotContain(services, d => d.ServiceType == type);
    }
}
