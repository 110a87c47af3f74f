using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Commands;
using NewsBot.Commands.Moderation;
using NewsBot.Commands.Sources;
using NewsBot.Discord;
using NewsBot.Discord.Interactions;
using NewsBot.Localization;

namespace NewsBot;

/// <summary>The slash commands the bot registers with Discord, and what they share.</summary>
internal static class CommandRegistration
{
    public static IServiceCollection AddSlashCommands(this IServiceCollection services)
    {
        services.AddOptions<CommandOptions>().BindConfiguration(CommandOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CommandOptions>, CommandOptionsValidator>());
        services.AddOptions<ModerationLimits>().BindConfiguration(ModerationLimits.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ModerationLimits>, ModerationLimitsValidator>());
        services.AddSingleton<UserRateLimiter>();
        services.AddSingleton<ServerTopics>();
        services.AddSingleton<ArticleQuoter>();
        services.AddSingleton<ReplyLayouts>();
        services.AddSingleton(TextCatalog.Embedded);
        services.AddSingleton<ICommandLocalizer, CommandLocalizer>();
        services.AddSingleton<IDiscordCommand, PingCommand>();
        services.AddSingleton<IDiscordCommand, QuotesCommand>();
        services.AddSingleton<IDiscordCommand, KeyQuotesCommand>();
        services.AddSingleton<IDiscordCommand, DigestCommand>();
        services.AddSingleton<IDiscordCommand, NewsCommand>();
        services.AddSingleton<IDiscordCommand, TopicsCommand>();
        services.AddSingleton<IDiscordCommand, HelpCommand>();
        services.AddSingleton<IDiscordCommand, TopicCommand>();
        services.AddTopicSubcommands();
        services.AddSingleton<IDiscordCommand, FeedCommand>();
        services.AddFeedSubcommands();
        services.AddSingleton<IDiscordCommand, SourcesCommand>();
        services.AddSingleton<CatalogPages>();
        services.AddSingleton<ISubcommandHandler, SourcesBrowseHandler>();
        return services;
    }
}
