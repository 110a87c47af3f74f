using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Engine.Delivery;
using NewsBot.Engine.Digests;
using NewsBot.Engine.Polling;
using NewsBot.Engine.Retention;
using NewsBot.Engine.Stories;
using NewsBot.Engine.Topics;
using NewsBot.Localization;
using NewsBot.Presentation;
using Quartz;

namespace NewsBot.Engine.Scheduling;

/// <summary>The digest engine: configured topics, polling, composing, the outbox and the Quartz scheduler that drives them.</summary>
internal static class EngineRegistration
{
    public static IServiceCollection AddDigestEngine(this IServiceCollection services)
    {
        services.AddNewsBotPolling();
        services.AddSingleton<ChannelTexts>();
        services.AddSingleton<IFeedPauseNotices, FeedPauseNotices>();
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>());
        services.AddDigestOptions();
        services.AddOptions<StoryMemoryOptions>().BindConfiguration(StoryMemoryOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StoryMemoryOptions>, StoryMemoryOptionsValidator>());
        services.AddOptions<TopicsOptions>()
            .Configure<Microsoft.Extensions.Configuration.IConfiguration>((options, configuration) =>
                Microsoft.Extensions.Configuration.ConfigurationBinder.Bind(configuration.GetSection(TopicsOptions.SectionName), options.Items))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TopicsOptions>, TopicsOptionsValidator>();
        services.AddSingleton(provider => DigestBackfill.FromHours(provider.GetRequiredService<IOptions<PollingOptions>>().Value.BackfillHours));
        services.AddSingleton(provider =>
        {
            var digests = provider.GetRequiredService<IOptions<DigestOptions>>().Value;
            return new DigestRenderer(digests.Layout, texts: DigestTexts.For(provider.GetService<TextCatalog>() ?? TextCatalog.Embedded, digests.Locale));
        });
        // Singletons on purpose: the composer keeps each article's words between topics, the dispatcher's lock stops two
        // callers from sending the same message.
        services.AddSingleton<TopicDigestComposer>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<StoryUpdatePlanner>();
        services.AddSingleton<ForumUpdatePlanner>();
        services.AddSingleton<UnpausedFeeds>();
        services.AddSingleton<EarlierCoverage>();
        services.AddSingleton<TopicDigestPublisher>();
        services.AddSingleton<ConfiguredTopicSync>();
        services.AddSingleton<CatalogTopicFeeds>();
        services.AddSingleton<CatalogTopicSync>();
        services.AddSingleton<CatalogPollBudget>();
        services.AddSingleton<CatalogPollRound>();
        services.AddSingleton<EngineScheduler>();
        services.AddSingleton<OutboxRetryBooking>();
        services.AddSingleton<RetentionPruner>();
        services.AddSingleton<RetentionSchedule>();
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SchedulerOptions>, SchedulerOptionsValidator>());
        services.AddSingleton<IValidateOptions<SchedulerOptions>, SchedulerStoreCheck>();
        var settings = RegistrationSettings.Find(services);
        services.AddQuartz(quartz =>
        {
            services.AddSingleton(new RegisteredSchedulerStore(SchedulerStore.Configure(quartz, settings)));
            quartz.UseDefaultThreadPool(SchedulerCapacity.Threads);
            SchedulerJobTypes.Register(quartz);
            quartz.UseExecutionLimits(limits => limits.ForGroup(SchedulerCapacity.PollGroup, SchedulerCapacity.Polls));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddSingleton<StartupReport>();
        services.AddSingleton<EngineStartup>();
        services.AddHostedService(provider => provider.GetRequiredService<EngineStartup>());
        return services;
    }
}
