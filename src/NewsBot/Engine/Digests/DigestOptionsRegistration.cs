using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace NewsBot.Engine.Digests;

internal static class DigestOptionsRegistration
{
    /// <summary>The "Digests" section: the bot's digests and the command line read the same defaults from it.</summary>
    public static IServiceCollection AddDigestOptions(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>());
        return services;
    }
}
