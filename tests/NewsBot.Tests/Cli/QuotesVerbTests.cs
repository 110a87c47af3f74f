using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingestion.Articles;
using NewsBot.Ingestion.Sources;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

public sealed class QuotesVerbTests
{
    private const string FerryArticle = "samples/articles/northfield/ferry-expansion.html";
    private const string PressBriefing = "samples/articles/text/press-briefing.txt";

    [Fact]
    public async Task Quotes_HtmlJson_FollowsTheContract()
    {
        var run = await CliRun.ExecuteAsync("quotes", FerryArticle, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(
            ["title", "url", "byline", "published", "siteName", "language", "quotes", "keySentences", "modified", "image", "mentions"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Harbour council approves two new ferries for the island route", root.GetProperty("title").GetString());
        Assert.Equal("Northfield Courier", root.GetProperty("siteName").GetString());
        Assert.Equal("2026-11-27T07:30:00Z", root.GetProperty("published").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        var quote = root.GetProperty("quotes")[0];
        Assert.Equal(
            ["text", "speaker", "speakerRole", "isKey", "score", "start", "end", "speakerConfidence", "displayText"],
            quote.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Quotes_HtmlJson_AttributesSpeakersWithFullNameAndRole()
    {
        var run = await CliRun.ExecuteAsync("quotes", FerryArticle, "--json");

        var quotes = Parse(run.Output).GetProperty("quotes").EnumerateArray().ToList();
        var first = quotes.First(q => q.GetProperty("text").GetString()!.StartsWith("The island has waited", StringComparison.Ordinal));
        Assert.Equal("Mara Lindqvist", first.GetProperty("speaker").GetString());
        Assert.Equal("Harbour council chair", first.GetProperty("speakerRole").GetString());
        var pronoun = quotes.First(q => q.GetProperty("text").GetString()!.StartsWith("We will have the first", StringComparison.Ordinal));
        Assert.Equal("Mara Lindqvist", pronoun.GetProperty("speaker").GetString());
        Assert.Contains(quotes, q => q.GetProperty("isKey").GetBoolean());
    }

    [Theory]
    [InlineData(FerryArticle)]
    [InlineData(PressBriefing)]
    [InlineData("samples/articles/valley/orchard-cooperative.html")]
    public async Task Quotes_Json_OffsetsIndexTheExtractedTextVerbatim(string path)
    {
        var run = await CliRun.ExecuteAsync("quotes", path, "--json");
        var article = await ReadArticleAsync(path);

        var quotes = Parse(run.Output).GetProperty("quotes").EnumerateArray().ToList();
        Assert.NotEmpty(quotes);
        foreach (var quote in quotes)
        {
            var start = quote.GetProperty("start").GetInt32();
            var end = quote.GetProperty("end").GetInt32();
            Assert.Equal(quote.GetProperty("text").GetString(), article.Text[start..end]);
        }
    }

    [Fact]
    public async Task Quotes_PlainTextJson_UnknownMetadataIsNull()
    {
        var run = await CliRun.ExecuteAsync("quotes", PressBriefing, "--json");

        Assert.Equal(0, run.ExitCode);
        var root = Parse(run.Output);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("byline").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("published").ValueKind);
        var quote = root.GetProperty("quotes")[0];
        Assert.Equal("Rune Solberg", quote.GetProperty("speaker").GetString());
        Assert.Equal("Fire chief", quote.GetProperty("speakerRole").GetString());
    }

    [Fact]
    public async Task Quotes_Text_PrintsAttributedKeyQuotes()
    {
        var run = await CliRun.ExecuteAsync("quotes", FerryArticle);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Harbour council approves two new ferries", run.Output, StringComparison.Ordinal);
        Assert.Contains("” — Mara Lindqvist, Harbour council chair", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_NoQuotesArticle_FallsBackToKeySentences()
    {
        var run = await CliRun.ExecuteAsync("quotes", "samples/articles/northfield/budget-vote.html", "--json");

        var root = Parse(run.Output);
        Assert.Empty(root.GetProperty("quotes").EnumerateArray());
        Assert.InRange(root.GetProperty("keySentences").GetArrayLength(), 2, 3);
    }

    [Fact]
    public async Task Quotes_MissingFile_OneLineAndExitOne()
    {
        var run = await CliRun.ExecuteAsync("quotes", "samples/articles/nowhere.html");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("nowhere.html", line, StringComparison.Ordinal);
        Assert.Contains("not found", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://files.example/article.txt", "unsupported scheme")]
    [InlineData("http://", "not a valid URL")]
    public async Task Quotes_BadUrl_UsageErrorNamingTheInput(string url, string reason)
    {
        var run = await CliRun.ExecuteAsync("quotes", url);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("x")]
    public async Task Quotes_MaxInvalid_UsageError(string max)
    {
        var run = await CliRun.ExecuteAsync("quotes", FerryArticle, "--max", max);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--max", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_PngFile_RefusedInOneLineExitsOne()
    {
        var png = Path.Combine(Directory.CreateTempSubdirectory("newsbot-binary-").FullName, "photo.png");
        await File.WriteAllBytesAsync(png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52], TestContext.Current.CancellationToken);

        var run = await CliRun.ExecuteAsync("quotes", png);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Equal($"error: {png}: is binary data (an image, an archive …), not text or HTML", line);
    }

    [Fact]
    public async Task Quotes_TextFile_FirstLineIsTheTitle()
    {
        var run = await CliRun.ExecuteAsync("quotes", PressBriefing, "--json");

        Assert.Equal("Northfield fire service opens new station on the coastal road", Parse(run.Output).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData(null, 3)]
    [InlineData("1", 1)]
    public async Task Quotes_NoMax_TakesTheBotsQuotesPerStory(string? setting, int expectedKeyQuotes)
    {
        var settings = new Dictionary<string, string?> { ["Digests:MaxQuotesPerStory"] = setting };

        var run = await CliRun.ExecuteAsync(["quotes", FerryArticle, "--json"], setting is null ? null : settings);

        Assert.Equal(expectedKeyQuotes, Parse(run.Output).GetProperty("quotes").EnumerateArray().Count(q => q.GetProperty("isKey").GetBoolean()));
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static async Task<NewsBot.Core.Articles.ExtractedArticle> ReadArticleAsync(string path)
    {
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddNewsBot()
            .BuildServiceProvider();
        var location = SourceLocation.Parse(path, TestPaths.RepositoryRoot);
        return await services.GetRequiredService<ArticleReader>().ReadAsync(location, TestContext.Current.CancellationToken);
    }
}
