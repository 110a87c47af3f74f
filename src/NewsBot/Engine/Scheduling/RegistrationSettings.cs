using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Engine.Scheduling;

/// <summary>
/// The settings as they stand while services are registered. Quartz picks its job store's implementation (in memory, or
/// SQLite, or clustered PostgreSQL) while the service collection is still open, before any options can be resolved, so
/// that one choice reads the host's configuration here; <see cref="SchedulerStoreCheck"/> refuses to start if the
/// settings the bot then runs with say otherwise.
/// </summary>
internal static class RegistrationSettings
{
    public static IConfiguration? Find(IServiceCollection services)
    {
        var descriptor = services.LastOrDefault(d => d.ServiceType == typeof(IConfiguration) && !d.IsKeyedService);
        if (descriptor?.ImplementationInstance is IConfiguration instance)
            return instance;
        if (descriptor?.ImplementationFactory is not { } factory)
            return null;
        // The host builders register their configuration as a factory that returns it and reads nothing from its argument.
        using var nothing = new ServiceCollection().BuildServiceProvider();
        return factory(nothing) as IConfiguration;
    }
}
