using Microsoft.Extensions.Options;
using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Sources;

/// <summary>Reads a <see cref="SourceLocation"/>: files from disk, URLs through the guarded <see cref="IWebFetcher"/>, both under the size cap.</summary>
public sealed class DocumentLoader(IWebFetcher fetcher, IOptions<FetchingOptions> options)
{
    public async Task<LoadedDocument> LoadAsync(SourceLocation location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.IsFile)
            return await LoadFileAsync(location, cancellationToken);
        var fetched = await fetcher.FetchAsync(location.Uri, conditional: null, cancellationToken);
        return new LoadedDocument(location, fetched.Content)
        {
            MediaType = fetched.MediaType,
            Charset = fetched.Charset,
            ContentLanguage = fetched.ContentLanguage,
        };
    }

    private async Task<LoadedDocument> LoadFileAsync(SourceLocation location, CancellationToken cancellationToken)
    {
        var path = location.Uri.LocalPath;
        if (Directory.Exists(path))
            throw new SourceException(path, "is a folder, not a file");
        if (!File.Exists(path))
            throw new SourceException(path, "file not found");
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.Value.MaxResponseBytes)
                throw new SourceException(path, $"file is {length:N0} bytes, over the {options.Value.MaxResponseBytes:N0}-byte cap");
            return new LoadedDocument(location, await File.ReadAllBytesAsync(path, cancellationToken));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceException(path, $"cannot be read ({e.Message})", e);
        }
    }
}
