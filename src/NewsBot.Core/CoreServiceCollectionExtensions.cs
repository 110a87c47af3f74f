using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Quotes;

namespace NewsBot.Core;

public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddNewsBotCore(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IQuoteExtractor, RuleBasedQuoteExtractor>();
        return services;
    }
}
