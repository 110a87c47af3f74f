using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Tests;

public sealed class DiscordOptionsTests
{
    [Theory]
    [InlineData("Discord:ApiBaseUrl", "discord.com/api", "Discord:ApiBaseUrl")]
    [InlineData("Discord:GatewayUrl", "https://gateway.example", "Discord:GatewayUrl")]
    [InlineData("Discord:ApplicationId", "my-app", "Discord:ApplicationId")]
    [InlineData("Discord:DevGuildId", "guild", "Discord:DevGuildId")]
    [InlineData("Discord:PublicKey", "not-a-key", "Discord:PublicKey")]
    [InlineData("Discord:InteractionsMode", "http", "Discord:PublicKey")]
    public void Validate_BadSetting_FailsAtStartNamingIt(string key, string value, string named)
    {
        using var services = Build(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, string.Join(" ", error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoDiscordSettingsAtAll_PassesSoOtherVerbsRunWithoutAToken()
    {
        using var services = Build([]);

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(DiscordOptions.DefaultApiBaseUrl, services.GetRequiredService<IOptions<DiscordOptions>>().Value.ApiBaseUrl);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddNewsBotDiscord();
        return services.BuildServiceProvider();
    }
}
