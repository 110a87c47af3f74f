using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Benchmarks.Idle;

/// <summary>
/// <c>fake-discord</c>: the fake Discord in a process of its own, so that the bot's measured memory is the bot's only.
/// Prints the settings that point NewsBot at it (<c>key=value</c> lines, then <c>ready</c>) and serves until its
/// standard input closes.
/// </summary>
internal static class FakeDiscordProcess
{
    public const string Ready = "ready";

    /// <summary>The text channel the benchmark's topic posts to.</summary>
    public const string ChannelId = "123456789012345678";

    public static async Task<int> RunAsync()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.State.Channels[ChannelId] = FakeChannelKind.Text;
        foreach (var (key, value) in fake.Settings)
            Console.WriteLine($"{key}={value}");
        Console.WriteLine(Ready);
        await Console.In.ReadToEndAsync();
        return 0;
    }
}
