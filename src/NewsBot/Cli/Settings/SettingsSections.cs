using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NewsBot.Cli.Settings;

/// <summary>
/// The options classes the services read, each with the section it is bound from: every options class here declares a
/// <c>SectionName</c> constant, so a new one is checked without being listed anywhere.
/// </summary>
internal static class SettingsSections
{
    public static IReadOnlyList<(Type Type, string Section)> Find(IServiceCollection services) =>
        services
            .Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(IConfigureOptions<>) || t.GetGenericTypeDefinition() == typeof(IValidateOptions<>)))
            .Select(t => t.GetGenericArguments()[0])
            .Distinct()
            .Select(t => (Type: t, Section: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string))
            .Where(s => s.Section is not null)
            .Select(s => (s.Type, s.Section!))
            .ToList();
}
