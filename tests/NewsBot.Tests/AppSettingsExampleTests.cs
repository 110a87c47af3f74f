using System.Text.Json;
using NewsBot.Commands;
using NewsBot.Commands.Moderation;
using NewsBot.Discord;
using NewsBot.Engine.Delivery;
using NewsBot.Engine.Digests;
using NewsBot.Engine.Polling;
using NewsBot.Engine.Stories;
using NewsBot.Engine.Topics;
using NewsBot.Ingestion.Http;
using NewsBot.Persistence;
using NewsBot.Testing;

namespace NewsBot.Tests;

/// <summary>appsettings.example.json and the README promise every setting; these keep them honest.</summary>
public sealed class AppSettingsExampleTests
{
    private static readonly string ExamplePath = Path.Combine(TestPaths.RepositoryRoot, "appsettings.example.json");

    public static TheoryData<string, Type> Sections => new()
    {
        { FetchingOptions.SectionName, typeof(FetchingOptions) },
        { DiscordOptions.SectionName, typeof(DiscordOptions) },
        { StorageOptions.SectionName, typeof(StorageOptions) },
        { PollingOptions.SectionName, typeof(PollingOptions) },
        { DigestOptions.SectionName, typeof(DigestOptions) },
        { StoryMemoryOptions.SectionName, typeof(StoryMemoryOptions) },
        { DeliveryOptions.SectionName, typeof(DeliveryOptions) },
        { NewsBot.Core.Storage.RetentionOptions.SectionName, typeof(NewsBot.Core.Storage.RetentionOptions) },
        { CommandOptions.SectionName, typeof(CommandOptions) },
        { ModerationLimits.SectionName, typeof(ModerationLimits) },
    };

    [Fact]
    public void Example_TopicsHoldEveryTopicSetting()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(ExamplePath));
        var topic = json.RootElement.GetProperty(TopicsOptions.SectionName)[0];
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));

        foreach (var property in typeof(ConfiguredTopic).GetProperties())
        {
            Assert.True(topic.TryGetProperty(property.Name, out _), $"appsettings.example.json lacks Topics:0:{property.Name}");
            Assert.Contains($"`{property.Name}`", readme, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Example_HoldsEverySetting(string sectionName, Type options)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(ExamplePath));
        var section = json.RootElement.GetProperty(sectionName);

        foreach (var property in options.GetProperties().Where(p => p.CanWrite))
            Assert.True(section.TryGetProperty(property.Name, out _), $"appsettings.example.json lacks {sectionName}:{property.Name}");
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Readme_DocumentsEverySetting(string sectionName, Type options)
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));

        foreach (var property in options.GetProperties().Where(p => p.CanWrite))
            Assert.Contains($"`{sectionName}:{property.Name}`", readme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Example_AsConfigFile_IsValid()
    {
        var run = await Cli.CliRun.ExecuteAsync("quotes", "samples/articles/text/press-briefing.txt", "--config", ExamplePath);

        Assert.Equal(0, run.ExitCode);
    }
}
