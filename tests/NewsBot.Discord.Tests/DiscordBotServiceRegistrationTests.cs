using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests;

/// <summary>Command definitions are checked against Discord's rules before they are sent.</summary>
public sealed class DiscordBotServiceRegistrationTests
{
    [Fact]
    public async Task Start_BadLocalisedName_FailsWithTheProblemBeforeRegistering()
    {
        await using var harness = await DiscordHarness.StartAsync(configure: services =>
            services.AddSingleton<IDiscordCommand>(new LocalisedCommand(new Dictionary<string, string> { ["de"] = "Zitate Zeigen" })));
        var bot = harness.Services.GetRequiredService<DiscordBotService>();

        await bot.StartAsync(TestContext.Current.CancellationToken);
        var failure = await Assert.ThrowsAsync<DiscordFatalException>(() => bot.Completion.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
        await bot.StopAsync(TestContext.Current.CancellationToken);

        Assert.Contains("quotes [de]: name “Zitate Zeigen”", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Fake.Requests, r => r.Path.EndsWith("/commands", StringComparison.Ordinal));
    }

    private sealed class LocalisedCommand(IReadOnlyDictionary<string, string> names) : IDiscordCommand
    {
        public ApplicationCommand Definition => new() { Name = "quotes", Description = "Show quotes", NameLocalizations = names };

        public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
