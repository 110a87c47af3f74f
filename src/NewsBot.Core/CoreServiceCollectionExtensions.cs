using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Quotes;

namespace NewsBot.Core;

public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddNewsBotCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IQuoteExtractor, RuleBasedQuoteExtractor>();
        return services;
    }
}
