using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Engine.Digests;

internal static class DigestOptionsRegistration
{
    /// <summary>The "Digests" section: the bot's digests and the command line read the same defaults from it.</summary>
    public static IServiceCollection AddDigestOptions(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
