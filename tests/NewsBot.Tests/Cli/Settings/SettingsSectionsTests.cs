using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Cli.Settings;

namespace NewsBot.Tests.Cli.Settings;

public sealed class SettingsSectionsTests
{
    [Fact]
    public void Bot_ComparedWithWhatRunRegisters_ListsEveryOptionsClass()
    {
        var registered = RegisteredOptionsWithSection(new ServiceCollection().AddNewsBot());

        Assert.Equal(registered.Select(t => t.FullName).Order(), SettingsSections.Bot.Select(s => s.Type.FullName).Order());
    }

    [Fact]
    public void Bot_EachSection_IsTheClassSectionName()
    {
        foreach (var section in SettingsSections.Bot)
            Assert.Equal(section.Type.GetField("SectionName")?.GetRawConstantValue(), section.Section);
    }

    /// <summary>The options classes configured or validated in <paramref name="services"/> that declare a <c>SectionName</c> constant.</summary>
    private static IEnumerable<Type> RegisteredOptionsWithSection(IServiceCollection services) =>
        services
            .Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(IConfigureOptions<>) || t.GetGenericTypeDefinition() == typeof(IValidateOptions<>)))
            .Select(t => t.GetGenericArguments()[0])
            .Distinct()
            .Where(t => t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is not null);
}
