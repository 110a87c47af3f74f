using Microsoft.Extensions.Options;
using NewsBot.Ingestion.Http;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion.Tests.Sources;

public sealed class DocumentLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-loader-").FullName;
    private readonly RecordingFetcher _fetcher = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task LoadAsync_FileOverTheCap_RefusedWithoutReading()
    {
        var path = Path.Combine(_folder, "huge.html");
        await File.WriteAllBytesAsync(path, new byte[4096], TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<SourceException>(() => Load(path, maxBytes: 2048));

        Assert.Contains("over the 2,048-byte cap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_Folder_SaysItIsAFolder()
    {
        var error = await Assert.ThrowsAsync<SourceException>(() => Load(_folder));

        Assert.Contains("is a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_MissingFile_NamesIt()
    {
        var error = await Assert.ThrowsAsync<SourceException>(() => Load(Path.Combine(_folder, "gone.xml")));

        Assert.Contains("gone.xml: file not found", error.Message, StringComparison.Ordinal);
        Assert.Empty(_fetcher.Requested);
    }

    [Fact]
    public async Task LoadAsync_Url_GoesThroughTheFetcherWithItsHeaders()
    {
        var document = await Load("https://news.example/feed.xml");

        Assert.Equal([new Uri("https://news.example/feed.xml")], _fetcher.Requested);
        Assert.Equal("windows-1252", document.Charset);
        Assert.Equal("de", document.ContentLanguage);
    }

    private Task<LoadedDocument> Load(string pathOrUrl, long maxBytes = 5_000_000)
    {
        var loader = new DocumentLoader(_fetcher, Options.Create(new FetchingOptions { MaxResponseBytes = maxBytes }));
        return loader.LoadAsync(SourceLocation.Parse(pathOrUrl), TestContext.Current.CancellationToken);
    }

    private sealed class RecordingFetcher : IWebFetcher
    {
        public List<Uri> Requested { get; } = [];

        public Task<FetchedResource> FetchAsync(Uri uri, ConditionalRequest? conditional, CancellationToken cancellationToken)
        {
            Requested.Add(uri);
            return Task.FromResult(new FetchedResource(uri, 200, [0x3C])
            {
                Charset = "windows-1252",
                ContentLanguage = "de",
            });
        }
    }
}
