using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Discord.Interactions;
using NewsBot.Engine.Scheduling;
using NewsBot.Ingestion.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Commands.Moderation;

internal static class FeedRegistration
{
    /// <summary>The /feed subcommands' handlers and the pieces they share, each built once by the container.</summary>
    public static IServiceCollection AddFeedSubcommands(this IServiceCollection services)
    {
        services.AddSingleton<FeedProbe>();
        services.AddSingleton<FeedFinder>();
        services.AddSingleton<FeedChoices>();
        services.AddSingleton(p => new FeedTopicEditor(
            p.GetRequiredService<ServerTopics>(), p.GetRequiredService<ITopicStore>(), p.GetRequiredService<FeedFinder>(),
            p.GetRequiredService<FeedChoices>(), p.GetRequiredService<EngineScheduler>(), p.GetRequiredService<IOptions<ModerationLimits>>().Value));
        services.AddSingleton<FeedStatusList>();
        services.AddSingleton<FeedPauseSwitch>();
        services.AddSingleton(p => new FeedItemReader(
            p.GetRequiredService<ArticleReader>(), p.GetRequiredService<ArticleExtractor>(), p.GetRequiredService<ILogger<FeedItemReader>>()));
        services.AddSingleton<FeedPreview>();
        services.AddSingleton<FeedAutocomplete>();
        services.AddSingleton<ISubcommandHandler, FeedAddHandler>();
        services.AddSingleton<ISubcommandHandler, FeedRemoveHandler>();
        services.AddSingleton<ISubcommandHandler, FeedListHandler>();
        services.AddSingleton<ISubcommandHandler, FeedPauseHandler>();
        services.AddSingleton<ISubcommandHandler, FeedResumeHandler>();
        services.AddSingleton<ISubcommandHandler, FeedTestHandler>();
        services.AddSingleton<FeedTestRun>();
        services.AddSingleton<ISubcommandHandler, FeedAddPickHandler>();
        services.AddSingleton<ISubcommandHandler, FeedTestPickHandler>();
        return services;
    }
}
