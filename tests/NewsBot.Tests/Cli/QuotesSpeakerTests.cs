using System.Text.Json;

namespace NewsBot.Tests.Cli;

/// <summary>Speaker attribution seen through <c>quotes --json</c> on an invented plain-text article.</summary>
public sealed class QuotesSpeakerTests
{
    private static readonly string KremlinBriefing = Path.Combine(AppContext.BaseDirectory, "TestData", "quotes", "kremlin-briefing.txt");

    [Fact]
    public async Task Quotes_AccordingToAndPronounWithStating_BothAttributedToFullNameWithRole()
    {
        var run = await CliRun.ExecuteAsync("quotes", KremlinBriefing, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var quotes = json.RootElement.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Equal(2, quotes.Count);
        Assert.StartsWith("the conditions we set", quotes[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Our delegation will stay", quotes[1].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.All(quotes, q =>
        {
            Assert.Equal("Dmitry Peskov", q.GetProperty("speaker").GetString());
            Assert.Equal("Kremlin spokesperson", q.GetProperty("speakerRole").GetString());
        });
    }
}
