using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Interactions;

namespace NewsBot.Commands.Moderation;

internal static class TopicRegistration
{
    /// <summary>The /topic subcommands' handlers and the pieces they share, each built once by the container.</summary>
    public static IServiceCollection AddTopicSubcommands(this IServiceCollection services)
    {
        services.AddSingleton<DigestChannelAccess>();
        services.AddSingleton<TopicChecks>();
        services.AddSingleton<TopicSaver>();
        services.AddSingleton<TopicCreate>();
        services.AddSingleton<TopicEdit>();
        services.AddSingleton<TopicDelete>();
        services.AddSingleton<TopicShow>();
        services.AddSingleton<ISubcommandHandler, TopicCreateHandler>();
        services.AddSingleton<ISubcommandHandler, TopicEditHandler>();
        services.AddSingleton<ISubcommandHandler, TopicDeleteHandler>();
        services.AddSingleton<ISubcommandHandler, TopicShowHandler>();
        return services;
    }
}
