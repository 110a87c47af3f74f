using System.Text.Json;
using NewsBot.Ingestion.Http;
using NewsBot.Testing;

namespace NewsBot.Tests;

/// <summary>appsettings.example.json and the README promise every setting; these keep them honest.</summary>
public sealed class AppSettingsExampleTests
{
    private static readonly string ExamplePath = Path.Combine(TestPaths.RepositoryRoot, "appsettings.example.json");

    [Fact]
    public void Example_HoldsEveryFetchingSetting()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(ExamplePath));
        var section = json.RootElement.GetProperty(FetchingOptions.SectionName);

        foreach (var property in typeof(FetchingOptions).GetProperties())
            Assert.True(section.TryGetProperty(property.Name, out _), $"appsettings.example.json lacks Fetching:{property.Name}");
    }

    [Fact]
    public void Readme_DocumentsEveryFetchingSetting()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));

        foreach (var property in typeof(FetchingOptions).GetProperties())
            Assert.Contains($"`Fetching:{property.Name}`", readme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Example_AsConfigFile_IsValid()
    {
        var run = await Cli.CliRun.ExecuteAsync("quotes", "samples/articles/text/press-briefing.txt", "--config", ExamplePath);

        Assert.Equal(0, run.ExitCode);
    }
}
