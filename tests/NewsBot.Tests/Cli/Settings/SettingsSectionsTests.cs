using Microsoft.Extensions.DependencyInjection;
using NewsBot.Cli.Settings;

namespace NewsBot.Tests.Cli.Settings;

public sealed class SettingsSectionsTests
{
    [Fact]
    public void Bot_ComparedWithWhatRunRegisters_ListsEveryOptionsClass()
    {
        var registered = SettingsSections.Find(new ServiceCollection().AddNewsBot());

        Assert.Equal(registered.Select(s => s.Type.FullName).Order(), SettingsSections.Bot.Select(s => s.Type.FullName).Order());
    }
}
