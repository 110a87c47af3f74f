using System.Text.Json.Nodes;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Cli;

public sealed class PreviewDigestVerbTests
{
    private const string Sample = "samples/digest/harbour.json";

    [Fact]
    public async Task PreviewDigest_Sample_PrintsV2MessagesTheFakeAccepts()
    {
        var run = await CliRun.ExecuteAsync("preview-digest", Sample);

        Assert.Equal(0, run.ExitCode);
        var messages = JsonNode.Parse(run.Output)!.AsArray();
        Assert.All(messages, m => Assert.Null(FakeDiscordRules.CreateMessageErrors(m!.AsObject())));
        Assert.Equal(0x1F8B4C, messages[0]!["components"]![1]!["accent_color"]!.GetValue<int>());
    }

    [Fact]
    public async Task PreviewDigest_Html_WritesTheMockUpWithHeadlinesButtonsAndRelativeTimes()
    {
        var target = Path.Combine(Path.GetTempPath(), $"newsbot-preview-{Guid.NewGuid():N}.html");
        try
        {
            var run = await CliRun.ExecuteAsync("preview-digest", Sample, "--html", target);

            Assert.Equal(0, run.ExitCode);
            var html = await File.ReadAllTextAsync(target, TestContext.Current.CancellationToken);
            Assert.Contains("<h3><a href=\"https://northfield-courier.example/2026/11/ferry-link\">Harbour board approves new ferry link to Skarva island</a></h3>", html, StringComparison.Ordinal);
            Assert.Contains("The Valley Ledger <span class=\"ext\">", html, StringComparison.Ordinal);
            Assert.Contains("1 hour ago", html, StringComparison.Ordinal);
            Assert.Contains("border-left-color:#1f8b4c", html, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(target);
        }
    }
}
