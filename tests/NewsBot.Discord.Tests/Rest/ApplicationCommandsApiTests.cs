using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Rest;

public sealed class ApplicationCommandsApiTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ApplicationCommand Ping => new() { Name = "ping", Description = "Check that the bot answers" };

    [Fact]
    public async Task BulkOverwriteGlobal_ValidCommands_ReturnsThemWithIds()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var appId = harness.Fake.Options.ApplicationId;

        var result = await harness.Rest.Commands.BulkOverwriteGlobalAsync(appId, [Ping], Token);

        Assert.NotNull(Assert.Single(result.GetValueOrThrow()).Id);
        Assert.Single(harness.Fake.State.Commands["global"]);
    }

    [Fact]
    public async Task BulkOverwriteGuild_ValidCommands_RegistersInThatGuildOnly()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var result = await harness.Rest.Commands.BulkOverwriteGuildAsync(harness.Fake.Options.ApplicationId, "500", [Ping], Token);

        Assert.True(result.IsSuccess);
        Assert.True(harness.Fake.State.Commands.ContainsKey("500"));
        Assert.False(harness.Fake.State.Commands.ContainsKey("global"));
    }

    [Fact]
    public async Task BulkOverwrite_InvalidName_Returns50035WithTheFieldPath()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var result = await harness.Rest.Commands.BulkOverwriteGlobalAsync(harness.Fake.Options.ApplicationId, [Ping with { Name = "Ping Now" }], Token);

        Assert.Equal(50035, result.Error!.Code);
        Assert.Contains("APPLICATION_COMMAND_INVALID_NAME", result.Error.Errors, StringComparison.Ordinal);
        Assert.Contains("\"0\":{\"name\"", result.Error.Errors, StringComparison.Ordinal);
    }
}
